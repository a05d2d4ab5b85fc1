import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { facilitiesQuery } from '../../datasets/queries';
import { useT } from '../language/use-t';
import { useStore } from '../../store/store';
import { isDated } from '../../store/visible-facilities';
import { YEAR_MAX, YEAR_MIN } from '../../store/view-state';
import { timelineRange } from './timeline-range';
import { useShortcuts } from '../shortcuts/registry';

/** How long each year stays on screen while playing. */
const STEP_MS = 800;

/**
 * The status timeline: a year slider that shows the corridor as of that year from the records' dates,
 * and a Play button that steps through the years for a presenter.
 */
export function Timeline() {
  const t = useT();
  const year = useStore((s) => s.year);
  const patch = useStore((s) => s.patch);
  const { data } = useQuery(facilitiesQuery);
  const playing = useStore((s) => s.timelinePlaying);
  const setPlaying = useCallback((value: boolean) => useStore.setState({ timelinePlaying: value }), []);
  const range = useMemo(() => timelineRange(data?.features ?? [], new Date().getFullYear()), [data]);
  const undated = useMemo(() => (data?.features ?? []).filter((f) => !isDated(f.properties)).length, [data]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      // "Clear all", back/forward or the checkbox may have turned the timeline off meanwhile.
      const current = useStore.getState().year;
      if (current === null || current >= range.max) setPlaying(false);
      else patch({ year: current + 1 });
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, range.max, range.min, patch, setPlaying]);

  // t plays or pauses (turning the timeline on at its first year when it is off).
  useShortcuts(
    useMemo(
      () => [
        {
          id: 'timeline',
          keys: ['t'],
          label: 'shortcut.timeline',
          order: 40,
          match: (e: KeyboardEvent) => e.key === 't',
          run: () => {
            const { year: current, timelinePlaying } = useStore.getState();
            if (!timelinePlaying && (current === null || current >= range.max)) patch({ year: range.min });
            setPlaying(!timelinePlaying);
          },
        },
      ],
      [range.max, range.min, patch, setPlaying],
    ),
  );

  const on = year !== null;
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <label className="facet-option">
        <input
          type="checkbox"
          checked={on}
          onChange={() => {
            setPlaying(false);
            patch({ year: on ? null : range.max });
          }}
        />
        <span className="facet-label">{t('timeline.enable')}</span>
      </label>
      {on && (
        <>
          <div className="timeline-controls">
            <button
              type="button"
              onClick={() => {
                if (!playing && (year ?? range.max) >= range.max) patch({ year: range.min });
                setPlaying(!playing);
              }}
            >
              {playing ? t('timeline.pause') : t('timeline.play')}
            </button>
            <output className="timeline-year" aria-live="off">
              {year}
            </output>
          </div>
          <label className="timeline-slider">
            <span className="visually-hidden">{t('timeline.year')}</span>
            <input
              type="range"
              min={range.min}
              max={range.max}
              step={1}
              value={year ?? range.max}
              onChange={(e) => {
                setPlaying(false);
                patch({ year: Math.min(YEAR_MAX, Math.max(YEAR_MIN, Number(e.target.value))) });
              }}
            />
          </label>
          <p className="timeline-note">{t('timeline.undated', { count: undated })}</p>
        </>
      )}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { facilitiesQuery } from '../../datasets/queries';
import { facilityName } from '../../i18n/facility-text';
import { useT } from '../language/use-t';
import { useStore } from '../../store/store';
import { focusListItem } from '../list/focus-list-item';
import { CATEGORY_COLORS } from '../../map/colors';

interface StackChooserProps {
  ids: string[];
  /** Where the click was, in CSS pixels within the map. */
  point: [number, number];
  onClose: () => void;
}

/** Lists the facilities under one click (drawn on top of each other) so the user can pick one. */
export function StackChooser({ ids, point, onClose }: StackChooserProps) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const select = useStore((s) => s.select);
  const { data } = useQuery(facilitiesQuery);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const items = (data?.features ?? []).filter((f) => ids.includes(f.id));

  return (
    <div
      className="stack-chooser"
      role="dialog"
      aria-label={t('stack.title', { count: items.length })}
      style={{ left: point[0], top: point[1] }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="stack-head">
        <strong>{t('stack.title', { count: items.length })}</strong>
        <button type="button" className="close" onClick={onClose} aria-label={t('stack.close')}>
          ×
        </button>
      </div>
      <ul>
        {items.map((f, i) => (
          <li key={f.id}>
            <button
              type="button"
              ref={i === 0 ? first : undefined}
              onClick={() => {
                select(f.id);
                onClose();
                focusListItem(f.id);
              }}
            >
              <span
                className="swatch"
                style={{ background: CATEGORY_COLORS[f.properties.category] }}
                aria-hidden="true"
              />
              {facilityName(f.properties, lang)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { facilityName } from '../../i18n/facility-text';
import { formatDate } from '../../i18n/translate';
import { useStore } from '../../store/store';
import { useT } from '../language/use-t';
import { isoDay, legendOf } from './export-menu';
import { exportMap } from './map-image';
import { useShown } from './use-shown';

/** At most this many rows fit the one printed page; the rest are counted ("and 52 more"). */
const PRINT_ROWS = 175;

let request: (() => void) | null = null;

/** "Print": prepares the print layout (with a picture of the map as drawn now), then opens the print dialog. */
export function startPrint(): void {
  request?.();
  window.print();
}

/**
 * The print layout: one landscape page with the title, the map as drawn, its legend and the list of what is
 * shown, in the current language. Rendered only while printing (Print button or the browser's own print),
 * hidden on screen; the print stylesheet hides the app and shows this.
 */
export function PrintSheet() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const { get: shownNow } = useShown();
  const [sheet, setSheet] = useState<{ image: string | null; date: string } | null>(null);

  useEffect(() => {
    const prepare = () => {
      const canvas = exportMap()?.snapshot(2);
      // flushSync: the browser lays the page out for printing right after this handler returns.
      flushSync(() =>
        setSheet({ image: canvas ? canvas.toDataURL('image/png') : null, date: isoDay(new Date()) }),
      );
    };
    const done = () => setSheet(null);
    request = prepare;
    window.addEventListener('beforeprint', prepare);
    window.addEventListener('afterprint', done);
    return () => {
      request = null;
      window.removeEventListener('beforeprint', prepare);
      window.removeEventListener('afterprint', done);
    };
  }, []);

  if (!sheet) return null;
  const shown = shownNow();
  const rows = shown.features.slice(0, PRINT_ROWS);
  return (
    <section className="print-sheet" aria-hidden="true">
      <header>
        <h1>{t('app.title')}</h1>
        <p>
          {t('list.count', { count: shown.features.length })} · {formatDate(lang, sheet.date)}
        </p>
      </header>
      {sheet.image ? <img className="print-map" src={sheet.image} alt="" /> : <p>{t('export.noMap')}</p>}
      <ul className="print-legend">
        {legendOf(shown, t).map((entry) => (
          <li key={entry.label}>
            <span className="swatch" style={{ background: entry.color }} />
            {entry.label}
          </li>
        ))}
      </ul>
      <ol className="print-list">
        {rows.map((f) => (
          <li key={f.id}>
            <strong>{facilityName(f.properties, lang)}</strong> — {t(`category.${f.properties.category}`)}
            {f.properties.status !== 'operating' && `, ${t(`status.${f.properties.status}`)}`} ·{' '}
            {f.properties.city}, {f.properties.region}
          </li>
        ))}
      </ol>
      {shown.features.length > rows.length && (
        <p>{t('export.printMore', { count: shown.features.length - rows.length })}</p>
      )}
      <p className="print-attribution">{t('export.attribution')}</p>
    </section>
  );
}

import { useState } from 'react';
import { CATEGORIES } from '../../datasets/vocabulary';
import { formatDate } from '../../i18n/translate';
import { CATEGORY_COLORS } from '../../map/colors';
import { useStore } from '../../store/store';
import { useT } from '../language/use-t';
import { download } from './download';
import { exportFileName, toCsv, toGeoJson, type ExportInput } from './export-rows';
import { composeMapImage, exportMap, scaleBar } from './map-image';
import { startPrint } from './print-sheet';
import { useShown } from './use-shown';
import type { useT as UseT } from '../language/use-t';

type T = ReturnType<typeof UseT>;

/**
 * "Export": what is shown (after filters, search, radius and timeline) as CSV or GeoJSON, the map as a PNG at
 * screen or double resolution, or the print layout. A disclosure of plain buttons, operable from the keyboard.
 */
export function ExportMenu() {
  const t = useT();
  const { count, get: shownNow } = useShown();
  const lang = useStore((s) => s.lang);
  const unit = useStore((s) => s.unit);
  const [message, setMessage] = useState<string | null>(null);
  const now = () => new Date();

  const png = (ratio: number) => {
    const map = exportMap();
    const snapshot = map?.snapshot(ratio);
    if (!map || !snapshot) {
      setMessage(t('export.noMap'));
      return;
    }
    const shown = shownNow();
    const camera = map.getCamera();
    const bar = scaleBar(camera.lat, camera.zoom, 120, unit);
    const date = now();
    const image = composeMapImage({
      map: snapshot,
      pixelRatio: ratio,
      title: t('app.title'),
      subtitle: t('list.count', { count }),
      legend: legendOf(shown, t),
      scale: { px: bar.px, label: `${bar.length} ${unit}` },
      date: formatDate(lang, isoDay(date)),
      attribution: t('export.attribution'),
    });
    image.toBlob((blob) => {
      if (blob) download(exportFileName('png', date, ratio === 1 ? '' : `@${ratio}x`), blob, 'image/png');
    }, 'image/png');
    setMessage(t('export.done', { file: exportFileName('png', date, ratio === 1 ? '' : `@${ratio}x`) }));
  };
  const save = (kind: 'csv' | 'geojson') => {
    const date = now();
    const name = exportFileName(kind, date);
    const shown = shownNow();
    if (kind === 'csv') download(name, toCsv(shown), 'text/csv;charset=utf-8');
    else download(name, toGeoJson(shown, date), 'application/geo+json');
    setMessage(t('export.done', { file: name }));
  };

  return (
    <details className="export-menu">
      <summary>{t('export.title')}</summary>
      <div className="export-actions" role="group" aria-label={t('export.title')}>
        <p className="hint">{t('export.what', { count })}</p>
        <button type="button" onClick={() => save('csv')} disabled={count === 0}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => save('geojson')} disabled={count === 0}>
          {t('export.geojson')}
        </button>
        <button type="button" onClick={() => png(1)}>
          {t('export.png')}
        </button>
        <button type="button" onClick={() => png(2)}>
          {t('export.png2x')}
        </button>
        <button type="button" onClick={startPrint}>
          {t('export.print')}
        </button>
        <p className="hint" role="status">
          {message}
        </p>
      </div>
    </details>
  );
}

/** The categories among what is shown, with their counts, in the legend's order. */
export function legendOf(shown: ExportInput, t: T) {
  const counts = new Map<string, number>();
  for (const f of shown.features)
    counts.set(f.properties.category, (counts.get(f.properties.category) ?? 0) + 1);
  return CATEGORIES.filter((c) => counts.has(c)).map((c) => ({
    color: CATEGORY_COLORS[c],
    label: `${t(`category.${c}`)} (${counts.get(c) ?? 0})`,
  }));
}

export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

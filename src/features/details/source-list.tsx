import type { FacilityProperties } from '../../datasets/schemas';
import { formatDate, formatMonth } from '../../i18n/translate';
import { useT } from '../language/use-t';
import { useStore } from '../../store/store';

interface SourceListProps {
  sources: FacilityProperties['sources'];
  /** The page the coordinates were read from (facilities and nodes; routes have none). */
  coordSource?: string | undefined;
}

/** Sources as links that open in a new tab; shown to the user, never fetched by the app. */
export function SourceList({ sources, coordSource }: SourceListProps) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  return (
    <div className="sources">
      <h3>{t('details.sources')}</h3>
      <ul>
        {sources.map((source, i) => (
          <li key={`${i}:${source.url}`}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {hostOf(source.url)}
              <span className="visually-hidden"> {t('details.newTab')}</span>
            </a>{' '}
            <span className="as-of">
              {source.published &&
                `${t('details.published', { date: formatMonth(lang, source.published) })} · `}
              <span title={formatDate(lang, source.checked)}>
                {t('details.checked', { date: formatMonth(lang, source.checked) })}
              </span>
            </span>
            {/* Notes are recorded in English and French; an untranslated note shows in English, marked so. */}
            {lang === 'fr' && source.note_fr ? (
              <span className="source-note"> — {source.note_fr}</span>
            ) : (
              source.note && (
                <span className="source-note" lang="en">
                  {' '}
                  — {source.note}
                </span>
              )
            )}
          </li>
        ))}
        {coordSource && (
          <li>
            <a href={coordSource} target="_blank" rel="noopener noreferrer">
              {t('details.coordSource')}
              <span className="visually-hidden"> {t('details.newTab')}</span>
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.hostname.replace(/^www\./, '') + (u.pathname.length > 1 ? u.pathname : '');
  } catch {
    return url;
  }
}

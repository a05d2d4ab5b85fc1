import { en, type MessageKey } from './en';
import { fr } from './fr';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, fr };
const plurals: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  fr: new Intl.PluralRules('fr'),
};

/**
 * Looks up `key` in the catalogue of `lang` and fills `{name}` placeholders from `params` as plain text.
 * With a numeric `count`, a `<key>_one` message is used where the language's plural rule says "one"
 * (English: 1; French: 0 and 1).
 */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const catalogue: Record<string, string> = catalogues[lang];
  const count = params['count'];
  const one =
    typeof count === 'number' && plurals[lang].select(count) === 'one' ? catalogue[`${key}_one`] : undefined;
  return (one ?? catalogue[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The interface language for a list of browser languages (navigator.languages): French if preferred first. */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

/** Numbers formatted for the language (French uses a comma and narrow no-break spaces). */
export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', options).format(value);
}

/** A YYYY-MM-DD date written for the language with `options` (UTC, so the day never shifts). */
function formatIsoDate(lang: Lang, isoDate: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { ...options, timeZone: 'UTC' }).format(
    date,
  );
}

/** The month and year of a YYYY-MM-DD date (e.g. "May 2012", "mai 2012"). */
export function formatMonth(lang: Lang, isoDate: string): string {
  return formatIsoDate(lang, isoDate, { month: 'long', year: 'numeric' });
}

/** A YYYY-MM-DD date written for the language (e.g. "Jan 28, 2025", "28 janv. 2025"). */
export function formatDate(lang: Lang, isoDate: string): string {
  return formatIsoDate(lang, isoDate, { dateStyle: 'medium' });
}

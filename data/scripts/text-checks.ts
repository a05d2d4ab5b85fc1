/**
 * Checks on the text people read, in both languages: money always says its currency, French text has no
 * English left in it, names with a generic English part have a French form. Used by tests/unit/french.test.ts
 * over the published data and the French catalogue.
 */

/**
 * The dollar signs in `text` that do not say which dollar: "$100 million", "17,1 M$". Unambiguous forms
 * are US$ / CA$ / C$ before the amount (English) and "$ US" / "$ CA" after it (French: « 218,5 M$ CA »).
 */
export function bareDollars(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\$/g)) {
    const i = match.index;
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + 1, i + 5);
    if (/(US|CA)$/.test(before) || /(^|[^A-Za-z])C$/.test(text.slice(Math.max(0, i - 2), i))) continue;
    if (/^[\s\u00a0\u202f]?(US|CA)\b/.test(after)) continue;
    found.push(text.slice(Math.max(0, i - 20), i + 12));
  }
  return found;
}

/** Words that are English and never French, lowercase (in a proper name they would be capitalised). */
const ENGLISH_ONLY =
  /\b(the|is|are|was|were|has|have|its|which|with|and|of|from|by|between|opened|closed|plant|headquarters|facility|laboratory|cleanroom|building|jobs|former|formerly)\b/g;

/**
 * English words left in French text, outside what French text may quote: proper names (runs of capitalised
 * words and their connecting "and", "of", "the", "for", "at"), text in quotes or guillemets, and parentheses.
 * "former" is also a French verb, so it counts only after an article ("the former").
 */
/** `text` without what may stay in English: quotes, parentheses and proper names (capitalised runs). */
function withoutProperNames(text: string): string {
  return (
    text
      .replace(/«[^»]*»|"[^"]*"|“[^”]*”|\([^)]*\)/g, ' ')
      // Capitalised words joined by English connectors ("Port Authority of New York and New Jersey").
      .replace(/\b[A-Z][\w'’.&-]*(?:,?\s+(?:(?:and|of|the|for|at|on|in|&)\s+)*[A-Z0-9][\w'’.&-]*)*/g, ' ')
  );
}

export function englishLeftovers(text: string): string[] {
  const stripped = withoutProperNames(text);
  const found: string[] = [];
  for (const match of stripped.matchAll(ENGLISH_ONLY)) {
    const word = match[0];
    // French verb "former" (to train), "closed"… only the unambiguous English uses count.
    if (word === 'former' && !/\b(the|a)\s+$/.test(stripped.slice(0, match.index))) continue;
    found.push(stripped.slice(Math.max(0, match.index - 25), match.index + word.length + 15).trim());
  }
  return found;
}

/** Generic English words that, written lowercase in a name, are its generic part ("Kopin headquarters"). */
export const GENERIC_NAME_WORDS =
  /\b(headquarters|plant|fab|facility|facilities|lab|laboratory|cleanroom|center|manufacturing|factory|and|former|formerly|new)\b/;

/** Whether a name has a lowercase generic English part (so its French form must translate it). */
export function hasGenericEnglish(name: string): boolean {
  return GENERIC_NAME_WORDS.test(withoutProperNames(name));
}

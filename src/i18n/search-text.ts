/**
 * Folds case, accents and punctuation so that "Universite de Sherbrooke" finds "Université de Sherbrooke"
 * and "ÉTS" finds "ets". Used for search and for spotting duplicate names in the data build.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The query's words, folded; a facility matches when every word occurs in its folded text. */
export function queryTokens(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

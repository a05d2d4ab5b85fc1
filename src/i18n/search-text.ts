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

/** Whether every query token starts a word of `words` (folded words): "sherb" finds "Sherbrooke", "gan" not "Morgan". */
export function startsWords(words: readonly string[], tokens: readonly string[]): boolean {
  return tokens.every((token) => words.some((word) => word.startsWith(token)));
}

/**
 * How well names answer a query, best first: 0 a name starts with the query, 1 a name holds the query as
 * whole words from a word start, 2 one name holds every word of the query (as word starts), 3 none does.
 */
export function nameRank(names: readonly (string | undefined)[], query: string): 0 | 1 | 2 | 3 {
  const phrase = foldText(query);
  const tokens = queryTokens(query);
  if (tokens.length === 0) return 3;
  const folded = names.filter((n): n is string => n !== undefined && n !== '').map(foldText);
  if (folded.some((n) => n.startsWith(phrase))) return 0;
  if (folded.some((n) => ` ${n}`.includes(` ${phrase}`))) return 1;
  if (folded.some((n) => startsWords(n.split(' '), tokens))) return 2;
  return 3;
}

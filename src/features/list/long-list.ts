/**
 * From this many facilities on, lists render only what is in view and choosers stop listing every facility
 * (the radius centre is then picked from a facility's details or with `r`). Below it, everything is in the page,
 * so find-in-page and a screen reader's browse mode reach all of it.
 */
export const LONG_LIST = 1000;

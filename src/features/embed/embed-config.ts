import { allowedOrigins } from '../../embed/protocol';
import { themeFrom, type Theme } from './theme';

/** The panels an embedder may offer the visitor (in the overlay). */
export const EMBED_PANELS = ['search', 'legend', 'filters', 'list', 'details'] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];

/**
 * How the page is embedded, read once from the URL (`embed`, `theme`, `panels`, `host`): frame options, not
 * part of the view the user changes, so they stay out of the store; the URL sync keeps them as it keeps any
 * parameter that is not a view field. Invalid values are ignored like every other parameter.
 */
export interface EmbedConfig {
  /** `embed=1`: the map fills the frame, the panels are an overlay. */
  embedded: boolean;
  /** Inside any frame (embed mode or not): history entries are replaced, never added to the host's. */
  inFrame: boolean;
  theme: Theme;
  panels: readonly EmbedPanel[];
  /** The host origins the frame talks to (`host=`); none: no messages at all. */
  hosts: readonly string[];
}

export function embedConfig(search: string, inFrame: boolean): EmbedConfig {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const last = (key: string) => params.getAll(key).at(-1) ?? null;
  const panelsParam = last('panels');
  const panels =
    panelsParam === null
      ? EMBED_PANELS
      : panelsParam === 'none'
        ? []
        : EMBED_PANELS.filter((p) => panelsParam.split(',').includes(p));
  return {
    embedded: last('embed') === '1',
    inFrame,
    theme: themeFrom(last('theme')),
    panels,
    hosts: allowedOrigins(last('host')),
  };
}

/** Embed parameters: dropped from the "Open the full map" link, which opens the same view in a full page. */
export const EMBED_PARAM_KEYS = ['embed', 'theme', 'panels', 'host'] as const;

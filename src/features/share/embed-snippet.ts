import type { EmbedPanel } from '../embed/embed-config';
import { EMBED_PANELS } from '../embed/embed-config';

/** What the builder lets an embedder choose. */
export interface SnippetOptions {
  /** The view's query string (as in a shared link), without `?`. */
  view: string;
  lang: 'en' | 'fr' | 'auto';
  theme: 'light' | 'dark' | 'accent';
  accent: string;
  panels: readonly EmbedPanel[];
  size: 'responsive' | 'fixed';
  width: number;
  height: number;
}

/** The frame's URL for these options: the view plus the embed parameters (lang replaces the view's). */
export function embedUrl(appUrl: string, options: SnippetOptions): string {
  const url = new URL(appUrl);
  const params = new URLSearchParams(options.view);
  params.delete('lang');
  params.set('embed', '1');
  params.set('lang', options.lang);
  if (options.theme === 'dark') params.set('theme', 'dark');
  if (options.theme === 'accent') params.set('theme', options.accent);
  if (options.panels.length !== EMBED_PANELS.length) {
    params.set('panels', options.panels.length > 0 ? options.panels.join(',') : 'none');
  }
  url.search = params.toString();
  return url.href;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A plain iframe: responsive (full width, 8:5) or of a fixed size. */
export function iframeSnippet(appUrl: string, options: SnippetOptions, title: string): string {
  const style =
    options.size === 'responsive'
      ? 'width:100%;aspect-ratio:8/5;border:0'
      : `width:${options.width}px;height:${options.height}px;border:0`;
  return `<iframe src="${attr(embedUrl(appUrl, options))}" title="${attr(title)}" style="${style}" loading="lazy" allow="fullscreen"></iframe>`;
}

/** The SDK: the frame talks to the page (events, filters), and with height 'auto' it sizes itself. */
export function sdkSnippet(appUrl: string, options: SnippetOptions): string {
  const settings: string[] = [`view: ${JSON.stringify(options.view)}`, `lang: '${options.lang}'`];
  if (options.theme !== 'light')
    settings.push(`theme: '${options.theme === 'dark' ? 'dark' : options.accent}'`);
  if (options.panels.length !== EMBED_PANELS.length)
    settings.push(`panels: ${JSON.stringify(options.panels)}`);
  settings.push(options.size === 'responsive' ? `height: 'auto'` : `height: '${options.height}px'`);
  const width = options.size === 'fixed' ? ` style="width:${options.width}px"` : '';
  return [
    `<div id="corridor-map"${width}></div>`,
    `<script type="module">`,
    `  import { CorridorMap } from '${new URL('embed.js', appUrl).href}';`,
    `  const map = await CorridorMap.embed(document.getElementById('corridor-map'), {`,
    ...settings.map((s) => `    ${s},`),
    `  });`,
    `  map.on('selectionchange', (event) => console.log('selected', event.id));`,
    `</script>`,
  ].join('\n');
}

import { describe, expect, it } from 'vitest';
import { allowedOrigins, parseAppMessage, parseRequest } from '../../src/embed/protocol';
import { embedConfig } from '../../src/features/embed/embed-config';
import { filtersPatch } from '../../src/features/embed/embed-view';
import { contrastRatio, themeFrom } from '../../src/features/embed/theme';
import { embedUrl, iframeSnippet, sdkSnippet } from '../../src/features/share/embed-snippet';
import { EMBED_PANELS } from '../../src/features/embed/embed-config';

const envelope = { protocol: 'corridor-map', version: 1 };

describe('the embed protocol', () => {
  it('accepts well-formed requests and nothing else', () => {
    const ok = { ...envelope, id: 'r1', request: { type: 'setFilters', filters: { categories: ['fab'] } } };
    expect(parseRequest(ok)).toEqual(ok);
    for (const bad of [
      null,
      'setFilters',
      [],
      { ...ok, protocol: 'other' },
      { ...ok, version: 2 },
      { ...ok, id: 42 },
      { ...ok, request: { type: 'setFilters', filters: { categories: 'fab' } } },
      { ...ok, request: { type: 'setFilters', filters: { evil: true } } },
      { ...ok, request: { type: 'select', id: '<img src=x>' } },
      { ...ok, request: { type: 'flyTo', camera: { lon: 999, lat: 0, zoom: 3 } } },
      { ...ok, request: { type: 'setLanguage', lang: 'de' } },
      { ...ok, request: { type: 'eval', code: 'alert(1)' } },
    ]) {
      expect(parseRequest(bad)).toBeNull();
    }
  });

  it('checks the app’s events and answers on the host side too', () => {
    expect(parseAppMessage({ ...envelope, event: { type: 'resize', height: 500 } })).not.toBeNull();
    expect(parseAppMessage({ ...envelope, event: { type: 'resize', height: -1 } })).toBeNull();
    expect(parseAppMessage({ ...envelope, id: 'r1', ok: false, error: 'nope' })).not.toBeNull();
    expect(parseAppMessage({ ...envelope, id: 'r1', ok: 'yes' })).toBeNull();
  });

  it('keeps only http(s) origins from host=', () => {
    expect(
      allowedOrigins('https://ex.org/path, http://localhost:8080,javascript:alert(1),null,data:x'),
    ).toEqual(['https://ex.org', 'http://localhost:8080']);
    expect(embedConfig('?embed=1&panels=list,bogus&host=https://a.org', true)).toMatchObject({
      embedded: true,
      inFrame: true,
      panels: ['list'],
      hosts: ['https://a.org'],
    });
    expect(embedConfig('?panels=none', false).panels).toEqual([]);
  });

  it('rejects unknown filter values with their names and changes nothing', () => {
    expect(filtersPatch({ categories: ['fab', 'nope'], tags: ['gan'] })).toEqual({
      error: 'setFilters: unknown category "nope"',
    });
    expect(filtersPatch({ categories: ['research', 'fab', 'fab'], query: 'sic' })).toEqual({
      patch: { categories: ['fab', 'research'], query: 'sic' },
    });
  });
});

describe('the embed theme', () => {
  it('keeps an accent with AA contrast and adjusts one without, saying why', () => {
    expect(themeFrom('#1f6fb2')).toMatchObject({ mode: 'light', accent: '#1f6fb2', adjusted: null });
    const pale = themeFrom('ffff00');
    expect(pale.adjusted).toMatch(/#ffff00 has a contrast of 1\.07:1/);
    expect(contrastRatio(pale.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(themeFrom('dark').mode).toBe('dark');
    expect(themeFrom('url(javascript:alert(1))')).toMatchObject({ mode: 'light', adjusted: null });
  });
});

describe('embed snippets', () => {
  const options = {
    view: 'cat=fab&lang=en',
    lang: 'fr' as const,
    theme: 'accent' as const,
    accent: '#aa0000',
    panels: EMBED_PANELS,
    size: 'responsive' as const,
    width: 800,
    height: 500,
  };
  it('carry the view and the options, escaped for an HTML attribute', () => {
    const url = embedUrl('https://maps.example.org/corridor/', options);
    expect(url).toBe('https://maps.example.org/corridor/?cat=fab&embed=1&lang=fr&theme=%23aa0000');
    expect(iframeSnippet('https://maps.example.org/', options, 'Map "A" & <B>')).toContain(
      'title="Map &quot;A&quot; &amp; &lt;B>"',
    );
    expect(sdkSnippet('https://maps.example.org/corridor/', options)).toContain(
      "import { CorridorMap } from 'https://maps.example.org/corridor/embed.js';",
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HTTP_URL, httpUrl } from '../../src/datasets/schemas';

/** What the browser's URL parser makes of a value: its scheme, or null when it refuses it. */
function scheme(value: string): string | null {
  try {
    return new URL(value).protocol;
  } catch {
    return null;
  }
}

describe('httpUrl (a source link)', () => {
  it('accepts the URLs of our data, ports included', () => {
    for (const url of [
      'https://www.c2mi.ca/en/',
      'http://the-uncensored-wiki.com:20141/2014-wikipedia_en_all_02_2014/A/html/V/a/r/e/Varennes%2C_Quebec.html',
      'https://en.wikipedia.org/wiki/Bromont,_Quebec?x=1#History',
      'https://localhost.',
      'http://108.161.137.60/piglix/Columbia_University_in_New_York',
    ])
      expect(httpUrl.safeParse(url).success, url).toBe(true);
  });

  it('refuses other schemes, missing hosts, spaces, numeric hosts, punycode and ports out of range', () => {
    for (const url of [
      'javascript:alert(1)',
      ' https://example.org',
      'data:text/html,<p>',
      'ftp://example.org/',
      'example.org/a',
      'https://',
      'https://exa mple.org/',
      'https://example.org/a b',
      'https://1.2.3.999/',
      'https://1.2.3.4.5/',
      'https://xn--zz.example/',
      'https://example.org:65536/',
      'https://user@example.org/',
    ])
      expect(httpUrl.safeParse(url).success, url).toBe(false);
    expect(httpUrl.safeParse('https://example.org:65535/').success).toBe(true);
  });

  it('accepts only what the URL parser reads as an http(s) URL', () => {
    const piece = fc.string({
      unit: fc.constantFrom(
        ...'ax0n9-_.:/?#%@\\[] \t\u0001é'.split(''),
        'xn--',
        '999',
        '255',
        '65536',
        '0x',
        '1.2.3.4',
      ),
      maxLength: 24,
    });
    const candidate = fc
      .tuple(fc.constantFrom('http://', 'https://', 'HTTP://', 'https:/', 'javascript:', ''), piece)
      .map(([start, rest]) => start + rest);
    fc.assert(
      fc.property(candidate, (value) => {
        if (HTTP_URL.test(value)) expect(['http:', 'https:']).toContain(scheme(value));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
        (value) => {
          if (HTTP_URL.test(value)) expect(['http:', 'https:']).toContain(scheme(value));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { PARAM_KEYS } from '../../src/store/url-codec';
import { waitForMapIdle, watchedBrowser } from './browser';

/** The embed options, read from the same URL. */
const EMBED_KEYS = ['embed', 'theme', 'panels', 'host'];

const { open } = watchedBrowser();

/**
 * URLs through the real page: each is pushed into the address and announced with popstate, which the app's URL
 * sync handles exactly as Back and Forward (parse, validate, apply to the store, render, move the map). On its
 * own file so it runs beside the other browser tests (about a minute on this machine).
 */
describe('hostile URLs', () => {
  it('10,000 random and hostile URLs: no error, no dialog, a map on screen, valid parts kept', async () => {
    const page = await open('/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForMapIdle(page);
    const kept = await page.evaluate(
      async ({ count, keys }) => {
        const values = [
          '',
          'fr',
          'en',
          'fab,<script>',
          'NaN',
          '-1',
          '1e309',
          '999,999,99',
          '-72,45,8',
          '<img src=x onerror=alert(1)>',
          '\'"><svg onload=alert(1)>',
          'javascript:alert(1)',
          '%',
          '%E0%A4%A',
          '\u0000',
          'c2mi-bromont',
          '1',
          '0',
          'all',
          'trucks',
          '#ff0000',
          'dark',
          'x'.repeat(5000),
        ];
        let seed = 42;
        const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
        for (let i = 0; i < count; i++) {
          const parts: string[] = [];
          for (let k = rand(6); k >= 0; k--)
            parts.push(`${keys[rand(keys.length)]}=${encodeURIComponent(values[rand(values.length)]!)}`);
          history.pushState(null, '', `?${parts.join('&')}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
          // Let React render and the map draw now and then, as a user clicking through links would.
          if (i % 250 === 0) await new Promise((r) => setTimeout(r, 0));
          if (i % 1000 === 0 && !document.querySelector('.maplibregl-canvas'))
            throw new Error(`no map after URL ${i}`);
        }
        history.pushState(null, '', '?lang=fr&cat=fab,%3Cscript%3E&cam=not-a-camera&sel=c2mi-bromont');
        window.dispatchEvent(new PopStateEvent('popstate'));
        await new Promise((r) => setTimeout(r, 500));
        return { lang: document.documentElement.lang, url: location.search };
      },
      { count: 10_000, keys: [...PARAM_KEYS, ...EMBED_KEYS, '__proto__', 'constructor'] },
    );
    expect(kept.lang).toBe('fr');
    expect(kept.url).toContain('cat=fab');
    expect(kept.url).toContain('sel=c2mi-bromont');
    await waitForMapIdle(page);
    expect(await page.locator('.map-view[data-map-ready="true"]').count()).toBe(1);
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);
    expect(dialogs).toEqual([]);
    // Console errors and requests off the origin are checked after the test (watchedBrowser).
  }, 300_000);
});

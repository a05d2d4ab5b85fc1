import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, disableWebgl2, drawnFacilityIds, launchBrowser, waitForMapIdle } from './browser';
import type { Browser } from 'playwright-core';

const facilities = JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as {
  type: string;
  features: { id: string; properties: Record<string, unknown> }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A page whose console errors and page errors are collected; `allowed` are errors the fault itself causes
 * (the browser logs a failed request). A dialog (alert from injected script) fails the test.
 */
async function openFaulty(
  path: string,
  setup: (context: BrowserContext) => Promise<unknown> = async () => {},
  allowed: RegExp = /^$/,
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({
    locale: 'en-CA',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective}`),
    );
  });
  await setup(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowed.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(new URL(path, baseUrl()).href);
  return { page, context, errors };
}

const listCount = (page: Page) => page.locator('#facility-list .list-item').count();
const listedIds = async (page: Page) =>
  (
    await page
      .locator('#facility-list button.list-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''))
  ).sort();

describe('each data file missing, failing, truncated, of the wrong shape, empty or slow', () => {
  const faults: Record<string, (body: string) => { status: number; body: string }> = {
    missing: () => ({ status: 404, body: 'gone' }),
    'server error': () => ({ status: 500, body: 'oops' }),
    truncated: (body) => ({ status: 200, body: body.slice(0, Math.floor(body.length / 2)) }),
    'wrong shape': () => ({ status: 200, body: JSON.stringify({ hello: 'world' }) }),
  };
  for (const file of [
    'facilities.geojson',
    'logistics-nodes.geojson',
    'routes.geojson',
    'basemap.geojson',
    'border.json',
    'scenes.json',
  ]) {
    it(`${file}: named in an alert with a retry for every fault, the rest keeps working`, async () => {
      const body = readFileSync(`public/geo/${file}`, 'utf8');
      // One context per file, a fresh page load per fault: the route answers with the fault of the moment, and
      // the browser's caches make the later loads quicker.
      const entries = Object.entries(faults);
      let current = entries[0]![1];
      const { page, context, errors } = await openFaulty(
        '/',
        // The list-only view (no WebGL) loads the same files, much faster.
        async (c) => {
          await c.addInitScript(disableWebgl2);
          await c.route(`**/geo/${file}`, (route) =>
            route.fulfill({ contentType: 'application/json', ...current(body) }),
          );
        },
        /Failed to load resource/,
      );
      const seen: string[] = [];
      for (const [index, [name, fault]] of entries.entries()) {
        if (index > 0) {
          current = fault;
          errors.length = 0;
          await page.goto(new URL('/', baseUrl()).href);
        }
        const alert = page.getByRole('alert').filter({ hasText: file });
        await alert.waitFor({ timeout: 30_000 });
        expect(await alert.getByRole('button', { name: 'Retry' }).count(), `${file} ${name}`).toBe(1);
        // Each fault is told apart (so each load met its own fault): the status code, or what was wrong.
        const said = (await alert.textContent()) ?? '';
        if (name === 'missing') expect(said).toContain('HTTP 404');
        if (name === 'server error') expect(said).toContain('HTTP 500');
        expect(seen, `${file} ${name}`).not.toContain(said);
        seen.push(said);
        if (file !== 'facilities.geojson')
          await expect.poll(() => listCount(page), { timeout: 30_000 }).toBe(facilities.features.length);
        expect(errors, `${file} ${name}`).toEqual([]);
      }
      await context.close();
    });
  }

  it('an empty facilities file is called empty, and a slow one shows loading, then everything', async () => {
    const empty = await openFaulty('/', (c) =>
      c.route('**/geo/facilities.geojson', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: '{"type":"FeatureCollection","features":[]}',
        }),
      ),
    );
    await empty.page.getByText('facilities.geojson is empty: there is nothing from it to show.').waitFor();
    expect(await empty.page.getByText('No facility to list: the facilities file is empty.').count()).toBe(1);
    expect(empty.errors).toEqual([]);
    await empty.context.close();
    const slow = await openFaulty('/', (c) =>
      c.route('**/geo/facilities.geojson', async (route) => {
        await new Promise((r) => setTimeout(r, 10_000));
        await route.continue();
      }),
    );
    await slow.page.getByText('Loading facilities.geojson…').waitFor();
    await expect.poll(() => listCount(slow.page), { timeout: 40_000 }).toBe(facilities.features.length);
    await waitForMapIdle(slow.page);
    expect(slow.errors).toEqual([]);
    await slow.context.close();
  }, 90_000);

  it('one bad record is left out, the other records are shown, and the user is told how many', async () => {
    const bad = {
      ...facilities,
      features: facilities.features.map((f, i) =>
        i === 0 ? { ...f, geometry: { type: 'Point', coordinates: [-72, 999] } } : f,
      ),
    };
    const { page, context, errors } = await openFaulty('/', (c) =>
      c.route('**/geo/facilities.geojson', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }),
      ),
    );
    await expect.poll(() => listCount(page), { timeout: 30_000 }).toBe(facilities.features.length - 1);
    await page.getByText(/1 record of facilities.geojson could not be read and is left out/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('WebGL context loss', () => {
  const lose = (page: Page, what: 'loseContext' | 'restoreContext') =>
    page.evaluate((w) => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { lost?: WEBGL_lose_context }).lost ??= ext ?? undefined;
      (window as unknown as { lost: WEBGL_lose_context }).lost[w]();
    }, what);

  it('lost, view changed, restored: the map draws what the list shows, with the radius circle', async () => {
    const { page, context, errors } = await openFaulty('/?cam=-73.5,44,5');
    await waitForMapIdle(page);
    await lose(page, 'loseContext');
    await page.getByRole('alert').filter({ hasText: 'WebGL' }).waitFor();
    // The list keeps working while the map is gone.
    await page.getByRole('checkbox', { name: /^Wafer fab/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Supplier/ }).uncheck();
    const expected = await listedIds(page);
    await lose(page, 'restoreContext');
    await page.locator('.map-view[data-map-ready="true"]').waitFor();
    await waitForMapIdle(page);
    await expect.poll(() => drawnFacilityIds(page), { timeout: 30_000 }).toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lost and never restored: the map says so, the list works, "Reload the map" brings it back', async () => {
    const { page, context, errors } = await openFaulty('/?cam=-73.5,44,5');
    await waitForMapIdle(page);
    await lose(page, 'loseContext');
    const alert = page.getByRole('alert').filter({ hasText: 'WebGL' });
    await alert.waitFor();
    await page.getByRole('combobox', { name: 'Search' }).fill('sherbrooke');
    await expect.poll(() => listCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await alert.getByRole('button', { name: 'Reload the map' }).click();
    await waitForMapIdle(page);
    await expect.poll(() => drawnFacilityIds(page), { timeout: 30_000 }).toEqual(await listedIds(page));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('stress', () => {
  it('200 rapid clicks leave the count, the list and the map in agreement', async () => {
    const { page, context, errors } = await openFaulty('/?cam=-73.5,44,5');
    await waitForMapIdle(page);
    // Clicked from inside the page, as fast as the browser dispatches them.
    await page.evaluate(async () => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>('.legend-list input[type="checkbox"]')];
      const only = [...document.querySelectorAll<HTMLButtonElement>('.legend-list .only-button')];
      for (let i = 0; i < 200; i++) {
        (i % 5 === 4 ? only[i % only.length] : boxes[(i * 7) % boxes.length])?.click();
        if (i % 20 === 0) await new Promise((r) => setTimeout(r, 0));
      }
    });
    await waitForMapIdle(page);
    const listed = await listedIds(page);
    expect(await page.locator('.list-count').textContent()).toContain(String(listed.length));
    await expect.poll(() => drawnFacilityIds(page), { timeout: 30_000 }).toEqual(listed);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('30 language switches and 30 details open/close leak no WebGL context and keep memory flat', async () => {
    const { page, context, errors } = await openFaulty('/');
    await waitForMapIdle(page);
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    await page.evaluate(async () => {
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
      for (let i = 0; i < 30; i++) {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('.language-switch button')];
        buttons.find((b) => b.getAttribute('aria-pressed') === 'false')?.click();
        await pause(30);
        document.querySelectorAll<HTMLButtonElement>('#facility-list button.list-item')[i]?.click();
        await pause(30);
        document.querySelector<HTMLButtonElement>('section.details .close')?.click();
        await pause(30);
      }
    });
    await waitForMapIdle(page);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    const after = await heap();
    expect(after).toBeLessThan(before * 1.5 + 20e6);
    expect(errors.filter((e) => !/Too many active WebGL contexts/.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('hostile input through the real page', () => {
  it('records holding markup or script, and non-http links, stay inert everywhere', async () => {
    const hostile = structuredClone(facilities);
    const first = hostile.features[0]!;
    first.properties['name'] = '<img src=x onerror="alert(1)"><script>alert(2)</script>Hostile';
    first.properties['description_en'] = '<b onmouseover=alert(3)>bold</b>';
    delete first.properties['name_en'];
    delete first.properties['name_fr'];
    const second = hostile.features[1]!;
    second.properties['sources'] = [{ url: 'javascript:alert(4)', checked: '2025-01-01' }];
    const third = hostile.features[2]!;
    third.properties['name'] = '=HYPERLINK("http://evil.example","click")';
    delete third.properties['name_en'];
    delete third.properties['name_fr'];
    const { page, context, errors } = await openFaulty('/', (c) =>
      c.route('**/geo/facilities.geojson', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }),
      ),
    );
    await waitForMapIdle(page);
    const item = page.locator(`#facility-list button.list-item[data-id="${first.id}"]`);
    await item.click();
    await page.locator('section.details').waitFor();
    await page.getByRole('combobox', { name: 'Search' }).fill('Hostile');
    await page.locator('.search-suggestions').waitFor();
    expect(await page.locator('img[src="x"], b[onmouseover], script:not([src])').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // The record with a javascript: source is left out, and the user is told.
    await page.getByText(/1 record of facilities.geojson could not be read/).waitFor();

    // Exports and the print layout: the markup is text, the formula is neutralised.
    await page.getByRole('combobox', { name: 'Search' }).fill('');
    await page.keyboard.press('Escape');
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Spreadsheet (CSV)' }).click(),
    ]);
    const csv = (await readFile(await download.path())).toString('utf8').slice(1);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r['id'] === third.id)?.['name']).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
    expect(rows.find((r) => r['id'] === first.id)?.['name']).toContain('<script>alert(2)</script>Hostile');
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.locator('.print-sheet').textContent()).toContain('<script>alert(2)</script>Hostile');
    expect(await page.locator('img[src="x"], b[onmouseover], script:not([src])').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

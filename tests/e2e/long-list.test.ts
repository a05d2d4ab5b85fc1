import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle, watchedBrowser } from './browser';

type Facility = { id: string; properties: Record<string, unknown> & { id: string; category: string } };
const real = JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as {
  type: string;
  features: Facility[];
};

/** The bundled records repeated to `count` (distinct ids and names "Site 00000"…), as an office's database. */
function many(count: number) {
  const features = Array.from({ length: count }, (_, i) => {
    const f = real.features[i % real.features.length] as Facility;
    const id = `${f.id}-${i}`;
    const properties: Record<string, unknown> = {
      ...f.properties,
      id,
      name: `Site ${String(i).padStart(5, '0')}`,
    };
    // One name in every language, so the order by name is known.
    delete properties['name_en'];
    delete properties['name_fr'];
    return { ...f, id, properties };
  });
  return { type: 'FeatureCollection', features };
}

const COUNT = 3000;
const data = many(COUNT);
const body = JSON.stringify(data);
const { open } = watchedBrowser();

const focusedRow = (page: Page) =>
  page.evaluate(() => {
    const button = document.activeElement;
    const li = button?.closest('li');
    const panel = button?.closest('.side-panel')?.getBoundingClientRect();
    const box = button?.getBoundingClientRect();
    return {
      name: button?.querySelector('.list-name')?.textContent ?? null,
      position: Number(li?.getAttribute('aria-posinset')),
      inView: !!panel && !!box && box.top >= panel.top - 1 && box.bottom <= panel.bottom + 1,
    };
  });

describe('a long list in a real browser', () => {
  it('draws a screenful of rows of one height; keys reach every row; a filter redraws it', async () => {
    const page = await open('/', {
      before: (p) =>
        p.route('**/geo/facilities.geojson', (route) =>
          route.fulfill({ contentType: 'application/geo+json', body }),
        ),
    });
    await page.getByText(`${COUNT} facilities shown`).waitFor({ timeout: 60_000 });
    await waitForMapIdle(page);
    const rows = page.locator('#facility-list li');
    const heights = await rows.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(5);
    expect(heights.length).toBeLessThan(80);
    expect(new Set(heights.map((h) => Math.round(h))).size).toBe(1);

    // From the top, with the list starting below the panel's top: each Page Down moves the focus on, in view.
    await page.locator('#facility-list button.list-item').first().focus();
    let position = 1;
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('PageDown');
      await expect.poll(async () => (await focusedRow(page)).position).toBeGreaterThan(position);
      const row = await focusedRow(page);
      expect(row.inView).toBe(true);
      position = row.position;
    }

    // Sorted by name: Site 00000 first, Site 02999 last.
    await page.keyboard.press('End');
    await expect.poll(() => focusedRow(page)).toEqual({ name: 'Site 02999', position: COUNT, inView: true });
    await page.keyboard.press('Home');
    await expect.poll(() => focusedRow(page)).toEqual({ name: 'Site 00000', position: 1, inView: true });
    await page.keyboard.press('PageDown');
    const paged = await focusedRow(page);
    expect(paged.position).toBeGreaterThan(5);
    expect(paged.inView).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focusedRow(page)).position).toBe(paged.position + 1);

    // Scrolled to the middle by hand: the rows there are drawn where they belong.
    await page.locator('.side-panel.results').evaluate((panel) => (panel.scrollTop = panel.scrollHeight / 2));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const panel = document.querySelector('.side-panel.results')?.getBoundingClientRect();
          if (!panel) return 0;
          const middle = document.elementFromPoint(panel.left + 40, panel.top + panel.height / 2);
          return Number(middle?.closest('li')?.getAttribute('aria-posinset'));
        }),
      )
      .toBeGreaterThan(COUNT / 3);

    // Hide the wafer fabs: the count and the rows follow, none of them a fab.
    const fabs = data.features.filter((f) => f.properties.category === 'fab').length;
    await page.locator('.legend-item').filter({ hasText: 'Wafer fab' }).locator('input').uncheck();
    await page.getByText(`${COUNT - fabs} facilities shown`).waitFor();
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(COUNT - fabs));
    const metas = await page.locator('#facility-list .list-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(5);
    expect(metas.filter((m) => m.startsWith('Wafer fab'))).toEqual([]);
    await waitForMapIdle(page);
  }, 120_000);
});

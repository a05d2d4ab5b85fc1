import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle, watchedBrowser, drawnFacilityIds } from './browser';

interface Facility {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: { category: string; country: string; name: string; status: string; sources: unknown[] };
}
const facilities = (
  JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as { features: Facility[] }
).features;

const { open } = watchedBrowser();

type MapOnPage = {
  queryRenderedFeatures: (o: object) => { properties: { id: string } }[];
  getCenter: () => { lng: number; lat: number };
  getZoom: () => number;
};

async function listedIds(page: Page): Promise<string[]> {
  return (
    await page
      .locator('#facility-list button.list-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''))
  ).sort();
}

describe('exploring the corridor', () => {
  it('a filter combination gives the same facilities in the list and on the map', async () => {
    // Zoomed out so every facility is inside the viewport.
    const page = await open('/?cam=-73.5,44,5');
    await waitForMapIdle(page);
    await page.getByRole('checkbox', { name: /^United States/ }).check();
    await page.getByRole('checkbox', { name: /^Wafer fab/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Operating/ }).check();
    await waitForMapIdle(page);
    const expected = facilities
      .filter(
        (f) =>
          f.properties.country === 'US' &&
          f.properties.category !== 'fab' &&
          f.properties.status === 'operating',
      )
      .map((f) => f.id)
      .sort();
    expect(expected.length).toBeGreaterThan(10);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await drawnFacilityIds(page)).toEqual(expected);
    expect(page.url()).toContain('country=US');
  });

  it('a deep link reproduces the view exactly, and a hostile parameter is ignored', async () => {
    const target = facilities.find(
      (f) => f.properties.country === 'CA' && f.properties.category === 'research',
    );
    if (!target) throw new Error('no Canadian research centre');
    const page = await open(
      `/?lang=fr&country=CA&cat=research,university&q=&sel=${target.id}&cam=-72.5,45.4,7.25&year=<script>`,
    );
    await waitForMapIdle(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const camera = await page.evaluate(() => {
      const map = (document.querySelector('.map-view') as unknown as { maplibreMap: MapOnPage }).maplibreMap;
      return [map.getCenter().lng, map.getCenter().lat, map.getZoom()].map((v) => Math.round(v * 100) / 100);
    });
    expect(camera).toEqual([-72.5, 45.4, 7.25]);
    const expected = facilities
      .filter(
        (f) => f.properties.country === 'CA' && ['research', 'university'].includes(f.properties.category),
      )
      .map((f) => f.id)
      .sort();
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await page.locator('section.details h2').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(target.id);
  });

  it('back and forward step through filter changes, not camera moves', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.getByRole('checkbox', { name: /^Canada/ }).check();
    await page.mouse.move(700, 400);
    await page.mouse.down();
    await page.mouse.move(650, 380, { steps: 5 });
    await page.mouse.up();
    await waitForMapIdle(page);
    expect(page.url()).toContain('cam=');
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('country=CA');
    await page.goForward();
    await expect.poll(() => page.url()).toContain('country=CA');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Canada/ }).isChecked()).toBe(true);
  });

  it('the whole flow works with the keyboard alone', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // search
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('universite de sherbrooke');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('section.details').waitFor();
    expect(await page.locator('section.details h2').textContent()).toMatch(/Sherbrooke/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('combobox', { name: 'Search' }).inputValue()).toBe('');
    // The skip link takes keyboard users to the list; arrows move, Enter selects.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    // Past the list's own controls (sort, "Fit to results") to its first item.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-id'))) break;
    }
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(second);
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.locator('#facility-list button.list-item').first().click();
    const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  // The list-only view (no WebGL2) is enough to open every facility's details, and much faster.
  it('every facility opens its details with its sources', { timeout: 240_000 }, async () => {
    const page = await open('/', { noWebgl: true });
    await page.locator('#facility-list button.list-item').first().waitFor();
    const buttons = page.locator('#facility-list button.list-item');
    const count = await buttons.count();
    expect(count).toBe(facilities.length);
    // Clicked in the page, one after the other, as fast as React renders each selection.
    const shown = await page.evaluate(async () => {
      const result: { id: string; links: number }[] = [];
      for (const button of document.querySelectorAll<HTMLButtonElement>('#facility-list button.list-item')) {
        button.click();
        const id = button.dataset['id'] ?? '';
        for (let tries = 0; tries < 100; tries++) {
          await new Promise((r) => setTimeout(r, 0));
          if (document.querySelector('section.details')?.getAttribute('data-id') === id) break;
        }
        result.push({
          id,
          links: document.querySelectorAll('section.details .sources a[target="_blank"]').length,
        });
      }
      return result;
    });
    // Every source plus the coordinates' source.
    expect(shown).toEqual(
      shown.map(({ id }) => ({
        id,
        links: (facilities.find((f) => f.id === id)?.properties.sources.length ?? 0) + 1,
      })),
    );
    expect(shown).toHaveLength(count);
  });
});

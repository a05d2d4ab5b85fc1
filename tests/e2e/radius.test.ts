import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { facilityCollectionSchema } from '../../src/datasets/schemas';
import { withinRadius } from '../../src/spatial';
import { waitForMapIdle, watchedBrowser } from './browser';

const facilities = facilityCollectionSchema.parse(
  JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')),
).features;

const { open } = watchedBrowser();

const listedIds = (page: Page) =>
  page
    .locator('#facility-list button.list-item')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));

describe('radius and cross-border queries in the browser', () => {
  it('a centre and a radius give exactly the spatial module’s answer, closest first, and draw the circle', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const radius = page.getByRole('region', { name: 'Radius' });
    await radius.getByRole('combobox', { name: 'Centre' }).selectOption('facility:c2mi-bromont');
    await radius.getByRole('spinbutton').fill('150');
    const c2mi = facilities.find((f) => f.id === 'c2mi-bromont');
    if (!c2mi) throw new Error('c2mi-bromont missing');
    const expected = withinRadius(facilities, c2mi.geometry.coordinates, 150);
    // Ties (facilities placed at the same city point) are listed by name; compare as sets, then order by distance.
    await expect
      .poll(async () => (await listedIds(page)).slice().sort())
      .toEqual(expected.map((h) => String(h.id)).sort());
    const listed = await listedIds(page);
    const distance = new Map(expected.map((h) => [String(h.id), h.distanceKm]));
    const distances = listed.map((id) => distance.get(id) ?? NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(new URL(page.url()).searchParams.get('r')).toBe('150');
    await waitForMapIdle(page);
    const circle = await page.evaluate(() => {
      const map = (
        document.querySelector('.map-view') as unknown as {
          maplibreMap: { queryRenderedFeatures: (o: object) => unknown[] };
        }
      ).maplibreMap;
      return map.queryRenderedFeatures({ layers: ['radius-line'] }).length;
    });
    expect(circle).toBeGreaterThan(0);
  });

  it('a radius link in miles and French reopens with the same answer', async () => {
    const page = await open('/?lang=fr&rc=-73.75,42.9&r=80.467&unit=mi');
    await page.locator('#facility-list button.list-item').first().waitFor();
    const expected = withinRadius(facilities, [-73.75, 42.9], 80.467).map((h) => String(h.id));
    await expect.poll(async () => (await listedIds(page)).slice().sort()).toEqual(expected.sort());
    expect(await page.locator('.radius-summary').textContent()).toContain('50 mi');
  });

  it('the cross-border panel of a Quebec facility and of a US facility', async () => {
    const page = await open('/?sel=c2mi-bromont');
    const details = page.locator('section.details');
    await details.locator('.cross-border').waitFor();
    await expect
      .poll(() => details.locator('.cross-border').textContent())
      .toMatch(/Distance to the Canada–US border: \d+ km/);
    expect(await details.locator('.xb-ports li').count()).toBe(3);
    const partner = details.locator('.xb-partners li').first();
    expect(await partner.textContent()).toMatch(/km straight line · \d+ km via /);

    const us = facilities.find((f) => f.properties.country === 'US' && f.properties.region === 'VT');
    if (!us) throw new Error('no Vermont facility');
    await page.goto(new URL(`/?sel=${us.id}`, page.url()).href);
    await details.locator('.cross-border').waitFor();
    await expect
      .poll(() => details.locator('.cross-border').textContent())
      .toMatch(/Distance to the Canada–US border: \d+ km/);
    // The nearest partner across the border is in Canada.
    const first = await details.locator('.xb-partners li button').first().textContent();
    const canadian = facilities
      .filter((f) => f.properties.country === 'CA')
      .map((f) => f.properties.name_en ?? f.properties.name);
    expect(canadian).toContain(first);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle, watchedBrowser } from './browser';

interface Sourced {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: { name: string; name_en?: string; sources: { url: string }[]; coord_source?: string };
}
const read = (file: string) =>
  (JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as { features: Sourced[] }).features;
const nodes = read('logistics-nodes.geojson');
const routes = read('routes.geojson');

const { open } = watchedBrowser();

describe('routes and logistics in a real browser', () => {
  it('a click on a port of entry on the map opens its details, rings it and puts it in the URL', async () => {
    const page = await open('/?cam=-73.45,45.0,10');
    await waitForMapIdle(page);
    const node = nodes.find((n) => n.id === 'poe-lacolle-champlain');
    if (!node) throw new Error('no Lacolle node in the data');
    const point = await page.evaluate((lngLat) => {
      const el = document.querySelector('.map-view') as
        | (HTMLElement & { maplibreMap?: { project: (p: [number, number]) => { x: number; y: number } } })
        | null;
      const p = el?.maplibreMap?.project(lngLat as [number, number]);
      const box = el?.getBoundingClientRect();
      if (!p || !box) throw new Error('no map');
      return { x: box.left + p.x, y: box.top + p.y };
    }, node.geometry.coordinates);
    await page.mouse.click(point.x, point.y);
    const details = page.getByRole('region', {
      name: node.properties.name_en ?? node.properties.name,
      exact: true,
    });
    await details.waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(node.id);
    expect(await details.getByText('Port of entry', { exact: true }).count()).toBe(1);
    // The ring follows once MapLibre has re-parsed the layer with its new filter: poll, do not read once.
    const ringed = () =>
      page.evaluate(() => {
        const el = document.querySelector('.map-view') as
          | (HTMLElement & {
              maplibreMap?: { queryRenderedFeatures: (o: object) => { properties: { id: string } }[] };
            })
          | null;
        return el?.maplibreMap
          ?.queryRenderedFeatures({ layers: ['logistics-nodes-selected'] })
          .map((f) => f.properties.id);
      });
    await expect.poll(ringed, { timeout: 15_000 }).toEqual([node.id]);
  });

  // The list-only view (no WebGL2) is enough to open every route's and node's details, and much faster.
  it('every route and logistics node opens its details with its sources', { timeout: 180_000 }, async () => {
    const page = await open('/', { noWebgl: true });
    await page.getByText(/Routes and logistics \(\d+\)/).click();
    const buttons = page.locator('.logistics-list button.list-item');
    // Both files load independently: wait for the whole list before walking it.
    await expect.poll(() => buttons.count()).toBe(nodes.length + routes.length);
    for (let i = 0; i < nodes.length + routes.length; i++) {
      const button = buttons.nth(i);
      const id = await button.getAttribute('data-id');
      await button.click();
      const record = [...nodes, ...routes].find((f) => f.id === id);
      if (!record) throw new Error(`listed id ${id ?? ''} is in no data file`);
      const expected = [
        ...record.properties.sources.map((s) => s.url),
        ...(record.properties.coord_source ? [record.properties.coord_source] : []),
      ];
      // The details shown are this record's: its heading, and exactly its source links in order.
      await page
        .getByRole('region', { name: record.properties.name_en ?? record.properties.name, exact: true })
        .waitFor();
      await expect
        .poll(
          () =>
            page
              .locator('section.details .sources a[target="_blank"]')
              .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
          { message: record.id },
        )
        .toEqual(expected);
    }
  });
});

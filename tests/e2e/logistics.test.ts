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

  it('a click a few pixels off a thin route line still selects the route', async () => {
    const route = routes.find((r) => r.id === 'i88-binghamton-schenectady');
    const coordinates = route?.geometry.coordinates as [number, number][] | undefined;
    const vertex = coordinates?.[Math.floor(coordinates.length / 2)];
    if (!route || !vertex) throw new Error('no I-88 route in the data');
    const page = await open(`/?cam=${vertex[0]},${vertex[1]},10`);
    await waitForMapIdle(page);
    const [before, after] = [
      coordinates[Math.floor(coordinates.length / 2) - 1],
      coordinates[Math.floor(coordinates.length / 2) + 1],
    ];
    // Screen positions of the vertex and its neighbours, to click across the line, not along it.
    const [p, a, b] = await page.evaluate(
      (points) => {
        const el = document.querySelector('.map-view') as
          | (HTMLElement & { maplibreMap?: { project: (p: [number, number]) => { x: number; y: number } } })
          | null;
        const box = el?.getBoundingClientRect();
        if (!el?.maplibreMap || !box) throw new Error('no map');
        const map = el.maplibreMap;
        return points.map((q) => {
          const s = map.project(q as [number, number]);
          return { x: box.left + s.x, y: box.top + s.y };
        });
      },
      [vertex, before ?? vertex, after ?? vertex],
    );
    if (!p || !a || !b) throw new Error('no screen points');
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const length = Math.hypot(dx, dy) || 1;
    // 5 px across the line: outside the drawn line (about 3.5 px wide here), inside its 14 px hit area.
    await page.mouse.click(p.x - (dy / length) * 5, p.y + (dx / length) * 5);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(route.id);
  });

  it("draws a line's approximate stretches dotted, apart from the rest, and its details say how much", async () => {
    const id = 'rail-slr-montreal-portland';
    // Northern New Hampshire, where the St. Lawrence & Atlantic is drawn straight between stations.
    const page = await open(`/?cam=-71.5,44.6,8&sel=${id}`);
    await waitForMapIdle(page);
    const drawn = () =>
      page.evaluate(() => {
        const el = document.querySelector('.map-view') as
          | (HTMLElement & {
              maplibreMap?: {
                queryRenderedFeatures: (o: object) => { properties: { id: string; approximate: boolean } }[];
              };
            })
          | null;
        return el?.maplibreMap
          ?.queryRenderedFeatures({ layers: ['routes-line'] })
          .map((f) => `${f.properties.id}:${String(f.properties.approximate)}`);
      });
    await expect.poll(drawn, { timeout: 15_000 }).toContain(`${id}:true`);
    const details = page.getByRole('region', { name: /St\. Lawrence & Atlantic Railroad/ });
    await details.waitFor();
    expect(await details.getByText('Alignment', { exact: true }).count()).toBe(1);
    expect(await details.getByText(/^approximate over \d+ of \d+ km/).count()).toBe(1);
  });

  // The list-only view (no WebGL2) is enough to open every route's and node's details, and much faster.
  it('every route and logistics node opens its details with its sources', { timeout: 180_000 }, async () => {
    const page = await open('/', { noWebgl: true });
    await page.getByText(/Routes and logistics \(\d+\)/).click();
    const buttons = page.locator('.logistics-list button.list-item');
    // Both files load independently: wait for the whole list before walking it.
    await expect.poll(() => buttons.count()).toBe(nodes.length + routes.length);
    // Clicked in the page, one after the other, as fast as React renders each selection.
    const shown = await page.evaluate(async () => {
      const result: { id: string; heading: string; links: (string | null)[] }[] = [];
      for (const button of document.querySelectorAll<HTMLButtonElement>('.logistics-list button.list-item')) {
        button.click();
        const id = button.dataset['id'] ?? '';
        for (let tries = 0; tries < 100; tries++) {
          await new Promise((r) => setTimeout(r, 0));
          if (document.querySelector('section.details')?.getAttribute('data-id') === id) break;
        }
        const details = document.querySelector('section.details');
        result.push({
          id,
          heading: details?.querySelector('h2')?.textContent ?? '',
          links: [...(details?.querySelectorAll('.sources a[target="_blank"]') ?? [])].map((a) =>
            a.getAttribute('href'),
          ),
        });
      }
      return result;
    });
    expect(shown).toHaveLength(nodes.length + routes.length);
    // The details shown are each record's: its heading, and exactly its source links in order.
    expect(shown).toEqual(
      shown.map(({ id }) => {
        const record = [...nodes, ...routes].find((f) => f.id === id);
        if (!record) throw new Error(`listed id ${id} is in no data file`);
        return {
          id,
          heading: record.properties.name_en ?? record.properties.name,
          links: [
            ...record.properties.sources.map((s) => s.url),
            ...(record.properties.coord_source ? [record.properties.coord_source] : []),
          ],
        };
      }),
    );
  });
});

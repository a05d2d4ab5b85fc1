import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASEMAP_EXTENT } from '../../src/datasets/vocabulary';
import { drawnFacilities, mapZoom, waitForMapIdle, watchedBrowser } from './browser';

interface Facility {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: { name: string; city: string };
}
const facilities = (
  JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as { features: Facility[] }
).features;

const { open } = watchedBrowser();

/**
 * What the map draws inside its central area (a margin from the edges, where a small pan cannot change
 * anything): each single facility, and each bubble as the sorted ids it holds.
 */
async function drawnInside(page: Page, margin = 40): Promise<string[]> {
  const size = await page.evaluate(() => {
    const canvas = document.querySelector('.map-view canvas') as HTMLCanvasElement;
    return { w: canvas.clientWidth, h: canvas.clientHeight };
  });
  return [
    ...new Set(
      (await drawnFacilities(page))
        .filter((d) => d.x > margin && d.x < size.w - margin && d.y > margin && d.y < size.h - margin)
        .map((d) => (d.kind === 'bubble' ? `bubble:${d.ids.join(',')}` : d.id)),
    ),
  ].sort();
}

/** What the map shows: [west, south, east, north]. */
async function mapBounds(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    type MapOnPage = {
      getBounds: () => {
        getWest: () => number;
        getSouth: () => number;
        getEast: () => number;
        getNorth: () => number;
      };
    };
    const b = (
      document.querySelector('.map-view') as unknown as { maplibreMap: MapOnPage }
    ).maplibreMap.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  });
}

async function panBy(page: Page, dx: number, dy: number): Promise<void> {
  await page.evaluate(
    ([x, y]) => {
      const map = (
        document.querySelector('.map-view') as unknown as {
          maplibreMap: { panBy: (o: [number, number], a: object) => void };
        }
      ).maplibreMap;
      map.panBy([x ?? 0, y ?? 0], { animate: false });
    },
    [dx, dy],
  );
  await waitForMapIdle(page);
}

describe('links open exactly what was shared', () => {
  for (const link of [
    '/?cam=-71.1,42.37,10',
    '/?cam=-73.8,42.85,8',
    '/?cam=-72.7,45.3,9&sel=c2mi-bromont',
    '/?cam=-74,45.5,6.5&cat=fab,research',
  ]) {
    it(`${link} draws what the same view draws after a small pan`, async () => {
      const page = await open(link);
      await waitForMapIdle(page);
      const opened = await drawnInside(page);
      expect(opened.length).toBeGreaterThan(0);
      await panBy(page, 3, 2);
      await panBy(page, -3, -2);
      expect(await drawnInside(page)).toEqual(opened);
    });
  }

  it('a link into Boston at zoom 10 shows its facilities, and a bubble click zooms in and splits it', async () => {
    const page = await open('/?cam=-71.1,42.37,10');
    await waitForMapIdle(page);
    const drawn = await drawnInside(page, 0);
    expect(drawn.filter((d) => !d.startsWith('bubble:')).length).toBeGreaterThan(3);
    const overview = await open('/?cam=-71.2,42.4,7');
    await waitForMapIdle(overview);
    const box = await overview.locator('.map-view').boundingBox();
    const first = (await drawnFacilities(overview)).find((d) => d.kind === 'bubble');
    const zoom = await mapZoom(overview);
    const bubble = first && box ? { x: box.x + first.x, y: box.y + first.y, zoom } : null;
    expect(bubble).not.toBeNull();
    await overview.mouse.click(bubble!.x, bubble!.y);
    await expect.poll(() => mapZoom(overview)).toBeGreaterThan(bubble!.zoom + 0.9);
    await waitForMapIdle(overview);
  });
});

describe('the first screen', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    it(`frames every facility at ${viewport.width}×${viewport.height}, inside the basemap`, async () => {
      const page = await open('/', { viewport });
      await waitForMapIdle(page);
      const view = await mapBounds(page);
      const [w, s, e, n] = view as [number, number, number, number];
      const outside = facilities.filter(
        ({
          geometry: {
            coordinates: [lon, lat],
          },
        }) => lon < w || lon > e || lat < s || lat > n,
      );
      expect(outside.map((f) => f.id)).toEqual([]);
      // The camera never shows past the basemap's extent (where its land is cut straight).
      expect(w).toBeGreaterThanOrEqual(BASEMAP_EXTENT[0] - 1e-6);
      expect(s).toBeGreaterThanOrEqual(BASEMAP_EXTENT[1] - 1e-6);
      expect(e).toBeLessThanOrEqual(BASEMAP_EXTENT[2] + 1e-6);
      expect(n).toBeLessThanOrEqual(BASEMAP_EXTENT[3] + 1e-6);
    });
  }

  it('zooming all the way out never shows past the basemap', async () => {
    const page = await open('/?cam=-72,44,0', { viewport: { width: 1920, height: 1080 } });
    await waitForMapIdle(page);
    const zoomedOut = await mapBounds(page);
    expect(zoomedOut[0]).toBeGreaterThanOrEqual(BASEMAP_EXTENT[0] - 1e-6);
    expect(zoomedOut[1]).toBeGreaterThanOrEqual(BASEMAP_EXTENT[1] - 1e-6);
    expect(zoomedOut[2]).toBeLessThanOrEqual(BASEMAP_EXTENT[2] + 1e-6);
    expect(zoomedOut[3]).toBeLessThanOrEqual(BASEMAP_EXTENT[3] + 1e-6);
  });

  it('on desktop the page is exactly the viewport: long details scroll inside their panel', async () => {
    const page = await open('/?sel=globalfoundries-malta-fab8', { viewport: { width: 1280, height: 720 } });
    await waitForMapIdle(page);
    await page.locator('section.details').waitFor();
    await page.evaluate(() => {
      const panel = document.querySelector('.side-panel.results')!;
      panel.scrollTop = panel.scrollHeight;
      window.scrollTo(0, 10_000);
    });
    const page_ = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      scrolled: window.scrollY,
      panel: document.querySelector('.side-panel.results')!.scrollTop,
    }));
    expect(page_.height).toBe(720);
    expect(page_.scrolled).toBe(0);
    expect(page_.panel).toBeGreaterThan(0);
  });
});

describe('cross-border answers along the whole border', () => {
  it('a Buffalo facility is sent to the Niagara crossings, trucks by default', async () => {
    const ub = facilities.find((f) => f.id === 'ub-davis-hall-cleanroom');
    expect(ub).toBeDefined();
    const page = await open('/?sel=ub-davis-hall-cleanroom');
    await waitForMapIdle(page);
    const ports = page.locator('section.details .xb-ports li');
    await expect.poll(() => ports.first().textContent()).toMatch(/Peace Bridge|Lewiston/);
    expect(await page.locator('section.details').textContent()).toContain(
      'Nearest ports of entry for commercial trucks',
    );
    expect(await page.locator('section.details .xb-ports').textContent()).not.toMatch(/Rainbow|Whirlpool/);
    await page
      .getByRole('radio', { name: /All traffic/ })
      .first()
      .check();
    await expect.poll(() => new URL(page.url()).searchParams.get('traffic')).toBe('all');
  });
});

describe('search never filters silently', () => {
  it('"C2MI", Enter, "Use as radius centre" counts everything within 100 km, not just C2MI', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.getByRole('combobox', { name: 'Search' }).fill('C2MI');
    await expect.poll(() => page.locator('.search-chip').first().textContent()).toContain('Search: C2MI');
    await page.keyboard.press('Enter');
    await page.locator('section.details').waitFor();
    expect(await page.getByRole('combobox', { name: 'Search' }).inputValue()).toBe('');
    await page.getByRole('button', { name: /Use as radius centre/ }).click();
    await expect
      .poll(() => page.locator('.radius-summary').textContent())
      .toMatch(/^(\d+) facilities within 100 km/);
    const count = Number((await page.locator('.radius-summary').textContent())?.match(/^(\d+)/)?.[1]);
    expect(count).toBeGreaterThan(20);
  });
});

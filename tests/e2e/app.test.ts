import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  disableWebgl2,
  drawnFacilities,
  drawnFacilityIds,
  mapZoom,
  waitForMapIdle,
  watchedBrowser,
} from './browser';

interface FacilityFile {
  features: {
    id: string;
    geometry: { coordinates: [number, number] };
    properties: { category: string; name: string; name_en?: string };
  }[];
}
const facilities = JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as FacilityFile;

/** A facility drawn alone (no other facility within ~5 km), so a click or a pixel there is unambiguous. */
function isolatedFacility() {
  const far = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]) > 0.07;
  const found = facilities.features.find(
    (f) =>
      f.properties.category === 'research' &&
      facilities.features.every((g) => g === f || far(f.geometry.coordinates, g.geometry.coordinates)),
  );
  if (!found) throw new Error('no isolated research centre in the data');
  return found;
}

const { open, browser: getBrowser } = watchedBrowser();

async function visibleIdsInView(page: Page): Promise<string[]> {
  const bounds = await page.evaluate(() => {
    const el = document.querySelector('.map-view') as
      (HTMLElement & { maplibreMap?: { getBounds: () => { toArray: () => number[][] } } }) | null;
    return el?.maplibreMap?.getBounds().toArray();
  });
  if (!bounds) throw new Error('no bounds');
  const [[w, s], [e, n]] = bounds as [[number, number], [number, number]];
  return facilities.features
    .filter(
      ({
        geometry: {
          coordinates: [lon, lat],
        },
      }) => lon > w && lon < e && lat > s && lat < n,
    )
    .map((f) => f.id)
    .sort();
}

/** The ids of the facilities drawn inside cluster bubbles. */
async function clusteredIds(page: Page): Promise<string[]> {
  return (await drawnFacilities(page)).filter((d) => d.kind === 'bubble').flatMap((d) => d.ids);
}

/** For each facility: whether its point lies inside the view or outside it by no more than a point's radius. */
async function nearView(page: Page, ids: string[]): Promise<boolean[]> {
  const positions = ids.map((id) => facilities.features.find((f) => f.id === id)?.geometry.coordinates);
  return page.evaluate((points) => {
    const el = document.querySelector('.map-view') as
      (HTMLElement & { maplibreMap?: { project: (p: [number, number]) => { x: number; y: number } } }) | null;
    const map = el?.maplibreMap;
    if (!el || !map) throw new Error('no map on .map-view');
    const margin = 16;
    return points.map((p) => {
      if (!p) return false;
      const { x, y } = map.project(p as [number, number]);
      return x > -margin && y > -margin && x < el.clientWidth + margin && y < el.clientHeight + margin;
    });
  }, positions);
}

describe('the corridor in a real browser', () => {
  it('serves the app with a strict Content-Security-Policy', async () => {
    const response = await fetch(baseUrl());
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain("'unsafe-inline'");
  });

  it('opens on the corridor with its landmarks, draws every facility in view and requests nothing outside', async () => {
    const page = await open();
    await waitForMapIdle(page);
    expect(await page.title()).toContain('Corridor Map');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Map of the corridor' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Facilities' }).count()).toBe(1);

    const expected = await visibleIdsInView(page);
    expect(expected.length).toBeGreaterThan(50);
    // Every facility in view is drawn, alone or in a bubble. A bubble near the edge may also hold a facility
    // just outside the view, and a point just outside may overlap the edge with its radius; nothing else.
    const drawn = await drawnFacilityIds(page);
    expect(drawn).toEqual(expect.arrayContaining(expected));
    const inBubbles = new Set(await clusteredIds(page));
    const extras = drawn.filter((id) => !expected.includes(id) && !inBubbles.has(id));
    expect(await nearView(page, extras)).toEqual(extras.map(() => true));

    // The opening frame covers Québec City to New York City and Lake Ontario to Maine.
    const contains = await page.evaluate(() => {
      const el = document.querySelector('.map-view') as
        | (HTMLElement & {
            maplibreMap?: { getBounds: () => { contains: (p: [number, number]) => boolean } };
          })
        | null;
      const b = el?.maplibreMap?.getBounds();
      return [
        [-71.21, 46.81],
        [-74.0, 40.71],
        [-76.5, 43.6],
        [-69.5, 44.5],
      ].map((p) => b?.contains(p as [number, number]));
    });
    expect(contains).toEqual([true, true, true, true]);
  });

  it('toggling a category removes its facilities from the map and the list', async () => {
    const page = await open();
    await waitForMapIdle(page);
    const fabs = new Set(facilities.features.filter((f) => f.properties.category === 'fab').map((f) => f.id));
    expect((await drawnFacilityIds(page)).some((id) => fabs.has(id))).toBe(true);

    await page.getByRole('checkbox', { name: /Wafer fab/ }).uncheck();
    await waitForMapIdle(page);
    const after = await drawnFacilityIds(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((id) => fabs.has(id))).toEqual([]);
    await expect
      .poll(() => page.locator('.list-count').textContent())
      .toBe(`${facilities.features.length - fabs.size} facilities shown`);
    // The map is sent only what changed (a diff): bubbles still count exactly what they hold, and the fabs come
    // back when the category does.
    const counted = async () =>
      (await drawnFacilities(page)).filter((d) => d.kind === 'bubble').map((d) => d.count - d.ids.length);
    expect(new Set(await counted())).toEqual(new Set([0]));
    const before = await drawnFacilityIds(page);
    await page.getByRole('checkbox', { name: /Wafer fab/ }).check();
    await waitForMapIdle(page);
    const back = await drawnFacilityIds(page);
    expect(back.filter((id) => fabs.has(id)).length).toBeGreaterThan(0);
    expect(back).toEqual(expect.arrayContaining(before));
    expect(new Set(await counted())).toEqual(new Set([0]));
  });

  it('dense areas are grouped into bubbles with counts that split when clicked', async () => {
    const page = await open();
    await waitForMapIdle(page);
    const zoom = await mapZoom(page);
    const biggest = (await drawnFacilities(page))
      .filter((d) => d.kind === 'bubble')
      .sort((a, b) => b.count - a.count)[0];
    const before = biggest && { ...biggest, members: biggest.ids.length, zoom };
    if (!before) throw new Error('no cluster bubble at the opening view');
    expect(before.count).toBe(before.members);
    expect(before.count).toBeGreaterThan(2);
    const box = await page.locator('.map-view').boundingBox();
    if (!box) throw new Error('no map box');
    await page.mouse.click(box.x + before.x, box.y + before.y);
    await page.waitForFunction((z) => {
      const map = (
        document.querySelector('.map-view') as unknown as { maplibreMap: { getZoom: () => number } }
      ).maplibreMap;
      return map.getZoom() > z + 0.5;
    }, before.zoom);
  });

  it('clicking a facility on the map opens its details with its source links', async () => {
    const page = await open();
    await waitForMapIdle(page);
    const target = isolatedFacility();
    // Zoom in so the point is not covered by a neighbour, then click where MapLibre draws it.
    await page.evaluate(([lon, lat]) => {
      const el = document.querySelector('.map-view') as
        (HTMLElement & { maplibreMap?: { jumpTo: (o: object) => void } }) | null;
      el?.maplibreMap?.jumpTo({ center: [lon, lat], zoom: 13 });
    }, target.geometry.coordinates);
    await waitForMapIdle(page);
    const box = await page.locator('.map-view').boundingBox();
    if (!box) throw new Error('no map box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const details = page.locator('section.details');
    await details.waitFor();
    expect(await details.locator('h2').textContent()).toBe(
      target.properties.name_en ?? target.properties.name,
    );
    const links = details.locator('a[target="_blank"]');
    expect(await links.count()).toBeGreaterThan(1);
    // The selection ring is drawn around it.
    await waitForMapIdle(page);
    const ringed = await page.evaluate(() => {
      type M = { queryRenderedFeatures: (o: object) => { properties: { id: string } }[] };
      const map = (document.querySelector('.map-view') as unknown as { maplibreMap: M }).maplibreMap;
      return map.queryRenderedFeatures({ layers: ['facilities-selected'] }).map((f) => f.properties.id);
    });
    expect(ringed).toContain(target.id);
  });

  it('the map shows the facility colours where the facilities are (pixels)', async () => {
    const page = await open();
    await waitForMapIdle(page);
    const target = isolatedFacility();
    const colour = await page.evaluate(([lon, lat]) => {
      const el = document.querySelector('.map-view') as
        | (HTMLElement & {
            maplibreMap?: {
              jumpTo: (o: object) => void;
              project: (p: [number, number]) => { x: number; y: number };
              getCanvas: () => HTMLCanvasElement;
              triggerRepaint: () => void;
            };
          })
        | null;
      const map = el?.maplibreMap;
      if (!map) return null;
      map.jumpTo({ center: [lon, lat], zoom: 14 });
      return null;
    }, target.geometry.coordinates);
    expect(colour).toBeNull();
    await waitForMapIdle(page);
    const rgb = await page.evaluate(() => {
      const el = document.querySelector('.map-view') as
        (HTMLElement & { maplibreMap?: { getCanvas: () => HTMLCanvasElement } }) | null;
      const canvas = el?.maplibreMap?.getCanvas();
      if (!canvas) return null;
      const gl = canvas.getContext('webgl2');
      if (!gl) return null;
      const px = new Uint8Array(4);
      gl.readPixels(
        Math.floor(gl.drawingBufferWidth / 2),
        Math.floor(gl.drawingBufferHeight / 2),
        1,
        1,
        gl.RGBA,
        gl.UNSIGNED_BYTE,
        px,
      );
      return [...px];
    });
    // A research centre is drawn in #1f6fb2 (31, 111, 178), allowing for antialiasing.
    expect(rgb?.slice(0, 3).map((v, i) => Math.abs(v - [31, 111, 178][i]!) < 12)).toEqual([true, true, true]);
  });

  it('follows a French browser: interface and facility content in French', async () => {
    const page = await open('/', { locale: 'fr-CA' });
    await waitForMapIdle(page);
    expect(await page.title()).toContain('Carte du corridor');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('checkbox', { name: /Usine de plaquettes/ }).count()).toBe(1);
    await page
      .getByRole('button', { name: /Université de Sherbrooke/ })
      .first()
      .click();
    expect(await page.locator('section.details').textContent()).toMatch(/Exploitant/);
  });

  it('without WebGL2 says so and lists every facility', async () => {
    const context = await getBrowser().newContext({ serviceWorkers: 'block' });
    await context.addInitScript(disableWebgl2);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(baseUrl());
    await page.getByRole('note').waitFor();
    expect(await page.getByRole('note').textContent()).toContain('WebGL 2');
    await expect
      .poll(() => page.locator('#facility-list .list-item').count())
      .toBe(facilities.features.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a missing data file shows an error naming it, with a retry, while the rest works', async () => {
    const context = await getBrowser().newContext({ locale: 'en-CA', serviceWorkers: 'block' });
    const page = await context.newPage();
    let fail = true;
    await page.route('**/geo/routes.geojson', (route) =>
      fail ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
    );
    await page.goto(baseUrl());
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('routes.geojson');
    // The failed file is answered at once; the facilities still have to arrive and be validated.
    await expect
      .poll(() => page.locator('#facility-list .list-item').count(), { timeout: 30_000 })
      .toBe(facilities.features.length);
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});

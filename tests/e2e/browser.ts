import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** The preview server started by global-setup.ts. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Everything a page did that a browser test must fail on: console errors and requests off our origin. */
export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

export interface OpenOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  noWebgl?: boolean;
  touch?: boolean;
  /** Runs before the page is first loaded (routes that serve other data, for one). */
  before?: (page: Page) => Promise<unknown>;
}

/** Opens a page that records console errors, page errors and every request leaving the app's origin. */
export async function openPage(
  browser: Browser,
  path = '/',
  options: OpenOptions = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-CA',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    // A phone: touch events, no hover, the mobile viewport meta honoured.
    ...(options.touch ? { isMobile: true, hasTouch: true } : {}),
    // The service worker (offline) is tested on its own (offline.test.ts); elsewhere it would only precache
    // every file again for each page (and requests it serves would bypass the routing below).
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  if (options.noWebgl) await context.addInitScript(disableWebgl2);
  // A Content-Security-Policy violation (a blocked eval, inline style or foreign request) is a console error.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`),
    );
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  // Anything leaving the origin is refused, so a forgotten CDN or tile URL fails loudly and never
  // touches the network.
  await page.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort(),
  );
  page.on('requestfailed', (request) => watch.failedRequests.push(request.url()));
  await options.before?.(page);
  await page.goto(new URL(path, baseUrl()).href);
  return { page, watch };
}

/** Waits until the map has loaded and rendered every source (MapLibre's idle after data arrived). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('.map-view[data-map-ready="true"]', { timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelector('.map-view')?.getAttribute('data-map-idle') === 'true',
    undefined,
    {
      timeout: 60_000,
    },
  );
}

/** Runs in the page: makes the browser report no WebGL2, as an old or locked-down browser would. */
export function disableWebgl2(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (type === 'webgl2') return null;
    return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
}

/**
 * Sets up a test file's browser: launched once, closed at the end, and after every test a check that
 * no page it opened logged a console error or requested anything outside the origin. Returns `open`,
 * which opens a watched page, and a getter for the browser itself.
 */
export function watchedBrowser(): {
  open: (path?: string, options?: OpenOptions) => Promise<Page>;
  browser: () => Browser;
} {
  let browser: Browser | undefined;
  const watches: PageWatch[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => {
    for (const watch of watches.splice(0)) {
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests outside the origin').toEqual([]);
    }
  });
  const get = () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
  return {
    browser: get,
    open: async (path = '/', options = {}) => {
      const { page, watch } = await openPage(get(), path, options);
      watches.push(watch);
      return page;
    },
  };
}

/** A facility MapLibre drew on its own, or a bubble with the ids of every facility inside it. */
export interface DrawnFacility {
  kind: 'single' | 'bubble';
  /** The facility's id, or `cluster-<cluster_id>` for a bubble. */
  id: string;
  /** A bubble's facilities (sorted), from MapLibre's clustering; [id] for a single facility. */
  ids: string[];
  /** The number written on a bubble (1 for a single facility). */
  count: number;
  coordinates: [number, number];
  /** Where it is drawn, in CSS pixels within the map. */
  x: number;
  y: number;
}

/** What MapLibre drew of the facilities (the shown ones, the selected one, the bubbles), read on the page. */
export async function drawnFacilities(page: Page): Promise<DrawnFacility[]> {
  return page.evaluate(async () => {
    type Feature = {
      layer: { id: string };
      properties: Record<string, unknown>;
      geometry: { coordinates: [number, number] };
    };
    type MapOnPage = {
      queryRenderedFeatures: (o: object) => Feature[];
      project: (p: [number, number]) => { x: number; y: number };
      getSource: (id: string) => {
        getClusterLeaves: (
          id: number,
          limit: number,
          offset: number,
        ) => Promise<{ properties: { id: string } }[]>;
      };
    };
    const map = (document.querySelector('.map-view') as unknown as { maplibreMap?: MapOnPage }).maplibreMap;
    if (!map) throw new Error('no map on .map-view');
    const layers = ['facilities-circle', 'facility-selected-circle', 'facility-clusters-circle'];
    const seen = new Map<string, Feature>();
    for (const f of map.queryRenderedFeatures({ layers })) {
      const key =
        typeof f.properties['cluster_id'] === 'number'
          ? `cluster-${f.properties['cluster_id']}`
          : String(f.properties['id']);
      seen.set(key, f);
    }
    return Promise.all(
      [...seen].map(async ([id, f]) => {
        const clusterId = f.properties['cluster_id'];
        const count = Number(f.properties['point_count'] ?? 1);
        const ids =
          typeof clusterId === 'number'
            ? (await map.getSource('facilities').getClusterLeaves(clusterId, Infinity, 0))
                .map((l) => l.properties.id)
                .sort()
            : [id];
        const { x, y } = map.project(f.geometry.coordinates);
        return {
          kind: typeof clusterId === 'number' ? 'bubble' : 'single',
          id,
          ids,
          count,
          coordinates: f.geometry.coordinates,
          x,
          y,
        } as const;
      }),
    );
  });
}

/** The map's zoom now, read on the page. */
export async function mapZoom(page: Page): Promise<number> {
  return page.evaluate(() =>
    (
      document.querySelector('.map-view') as unknown as { maplibreMap: { getZoom: () => number } }
    ).maplibreMap.getZoom(),
  );
}

/** Ids of the facilities MapLibre drew, as points or inside cluster bubbles. */
export async function drawnFacilityIds(page: Page): Promise<string[]> {
  return [...new Set((await drawnFacilities(page)).flatMap((d) => d.ids))].sort();
}

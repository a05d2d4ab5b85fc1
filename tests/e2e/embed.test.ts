import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, waitForMapIdle } from './browser';

/** How many facilities the bundled data holds (the frame shows them all until filtered). */
const FACILITY_COUNT = (
  JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as { features: unknown[] }
).features.length;

/** A page of another origin: `pages` maps a path to its HTML (APP is replaced by the app's URL). */
async function serve(pages: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const html = pages[path];
    if (html === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html.replaceAll('APP', baseUrl()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;font-family:sans-serif">
<h1 style="height:200px;margin:0">An economic development office</h1>
<div id="map" style="width:800px"></div>
<iframe id="sibling" title="sibling" src="THIRD/sibling" style="width:10px;height:10px"></iframe>
<div style="height:2400px">The rest of the host page.</div>
<script type="module">
  import { CorridorMap } from 'APPembed.js';
  window.events = [];
  window.ready = CorridorMap.embed(document.getElementById('map'), { lang: 'en', height: 'auto', view: 'cam=-72.5,45,6' })
    .then((map) => {
      window.map = map;
      for (const name of ['selectionchange', 'filterchange', 'viewchange']) map.on(name, (e) => window.events.push(e));
      return true;
    });
</script></body></html>`;

/** A sibling frame of a third origin, and a page of that origin framing the app: both try to drive the map. */
const SIBLING_PAGE = `<!doctype html><html><body><script>
  window.addEventListener('message', (e) => {
    if (e.data !== 'attack') return;
    const map = parent.frames[0];
    map.postMessage({ protocol: 'corridor-map', version: 1, id: 'x1', request: { type: 'setFilters', filters: { categories: ['supplier'] } } }, '*');
    map.postMessage({ protocol: 'corridor-map', version: 1, id: 'x2', request: { type: 'select', id: 'c2mi-bromont' } }, '*');
  });
</script></body></html>`;

let browser: Browser;
let host: { server: Server; origin: string };
let third: { server: Server; origin: string };

beforeAll(async () => {
  browser = await launchBrowser();
  // Pages are read at request time, so each origin's pages can name the other's origin.
  const hostPages: Record<string, string> = {};
  const thirdPages: Record<string, string> = {};
  host = await serve(hostPages);
  third = await serve(thirdPages);
  hostPages['/'] = HOST_PAGE.replace('THIRD', third.origin);
  thirdPages['/sibling'] = SIBLING_PAGE;
  // The third origin also frames the app, naming the host as the only allowed origin.
  thirdPages['/framer'] =
    `<!doctype html><html><body><iframe id="app" title="map" style="width:600px;height:400px" src="APP?embed=1&host=${encodeURIComponent(host.origin)}"></iframe></body></html>`;
});
afterAll(async () => {
  await browser?.close();
  host?.server.close();
  third?.server.close();
});

interface Watch {
  errors: string[];
  frameForeign: string[];
}

async function openWatched(
  url: string,
  viewport = { width: 1100, height: 800 },
): Promise<{ page: Page; context: BrowserContext; watch: Watch }> {
  const context = await browser.newContext({ viewport, locale: 'en-CA', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`),
    );
  });
  const page = await context.newPage();
  const app = new URL(baseUrl()).origin;
  const watch: Watch = { errors: [], frameForeign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('request', (request) => {
    const frameUrl = request.frame().url();
    const url = request.url();
    if (!frameUrl.startsWith(app) || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== app) watch.frameForeign.push(url);
  });
  await page.goto(url);
  return { page, context, watch };
}

function appFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(baseUrl()));
  if (!frame) throw new Error('no app frame');
  return frame;
}

describe('embedding the map on another site with the SDK', () => {
  it('ready, setFilters, select and events work; the wheel scrolls the host; no history, no foreign request, no CSP violation', async () => {
    const { page, context, watch } = await openWatched(`${host.origin}/`);
    expect(await page.evaluate(() => (window as unknown as { ready: Promise<boolean> }).ready)).toBe(true);
    const frame = appFrame(page);
    await waitForMapIdle(frame as unknown as Page);
    // height: 'auto' follows the height the map asks for (5:8 of 800 px).
    await expect
      .poll(() => page.locator('#map iframe').evaluate((f) => (f as HTMLIFrameElement).style.height))
      .toBe('500px');

    const view = await page.evaluate(() =>
      (
        window as unknown as {
          map: { setFilters: (f: object) => Promise<{ filters: { categories: string[] } }> };
        }
      ).map.setFilters({ categories: ['fab'] }),
    );
    expect(view.filters.categories).toEqual(['fab']);
    await expect.poll(() => frame.locator('.embed-count').textContent()).toBe('18 facilities shown');
    const rejected = await page.evaluate(() =>
      (window as unknown as { map: { setFilters: (f: object) => Promise<unknown> } }).map
        .setFilters({ categories: ['nonsense'] })
        .then(
          () => 'resolved',
          (e: Error) => e.message,
        ),
    );
    expect(rejected).toMatch(/unknown category "nonsense"/);

    await page.evaluate(() =>
      (window as unknown as { map: { select: (id: string) => Promise<unknown> } }).map.select('c2mi-bromont'),
    );
    await expect.poll(() => frame.locator('section.details h2').textContent()).toMatch(/C2MI/);
    const events = await page.evaluate(
      () => (window as unknown as { events: { type: string; id?: string }[] }).events,
    );
    expect(events).toContainEqual({ type: 'selectionchange', id: 'c2mi-bromont' });
    expect(events.some((e) => e.type === 'filterchange')).toBe(true);

    // The wheel over the map scrolls the host page (cooperative gestures), the map keeps its zoom.
    const zoom = () =>
      frame.evaluate(() =>
        (
          document.querySelector('.map-view') as unknown as { maplibreMap: { getZoom: () => number } }
        ).maplibreMap.getZoom(),
      );
    const before = await zoom();
    await page.evaluate(() =>
      (window as unknown as { map: { select: (id: null) => Promise<unknown> } }).map.select(null),
    );
    const box = (await page.locator('#map iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 80);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await zoom()).toBeCloseTo(before, 5);

    // Ten filter clicks inside the frame add nothing to the host's history.
    await page.evaluate(() => window.scrollTo(0, 0));
    const historyBefore = await page.evaluate(() => history.length);
    await frame.getByRole('button', { name: 'Search, legend and list' }).click();
    for (let i = 0; i < 10; i++) await frame.getByRole('checkbox', { name: /^Supplier/ }).click();
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    // A sibling frame of another origin, and malformed messages from the allowed host, change nothing.
    const viewBefore = await page.evaluate(() =>
      (window as unknown as { map: { getView: () => Promise<{ query: string }> } }).map.getView(),
    );
    await page.evaluate(() => {
      (document.getElementById('sibling') as HTMLIFrameElement).contentWindow?.postMessage('attack', '*');
      const map = (document.querySelector('#map iframe') as HTMLIFrameElement).contentWindow!;
      const app = new URL((document.querySelector('#map iframe') as HTMLIFrameElement).src).origin;
      for (const junk of [
        null,
        'setFilters',
        { protocol: 'corridor-map', version: 2, id: 'a', request: { type: 'getView' } },
        {
          protocol: 'corridor-map',
          version: 1,
          id: 'b',
          request: { type: 'setFilters', filters: { categories: 'fab' } },
        },
        {
          protocol: 'corridor-map',
          version: 1,
          id: 'c',
          request: { type: 'select', id: '<img src=x onerror=alert(1)>' },
        },
        {
          protocol: 'corridor-map',
          version: 1,
          id: 'd',
          request: { type: 'flyTo', camera: { lon: 999, lat: 0, zoom: 3 } },
        },
        { protocol: 'corridor-map', version: 1, request: { type: 'setLanguage', lang: 'fr' } },
        { ['__proto__']: { polluted: true }, protocol: 'corridor-map' },
      ]) {
        map.postMessage(junk, app);
      }
    });
    await page.waitForTimeout(500);
    const viewAfter = await page.evaluate(() =>
      (window as unknown as { map: { getView: () => Promise<{ query: string }> } }).map.getView(),
    );
    expect(viewAfter.query).toBe(viewBefore.query);

    expect(watch.frameForeign).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('a page of an origin the snippet did not allow gets no answer and changes nothing', async () => {
    const { page, context, watch } = await openWatched(`${third.origin}/framer`);
    const frame = page.frames().find((f) => f.url().startsWith(baseUrl()))!;
    await waitForMapIdle(frame as unknown as Page);
    const answers = await page.evaluate(async () => {
      const got: unknown[] = [];
      window.addEventListener('message', (e) => got.push(e.data));
      const app = document.getElementById('app') as HTMLIFrameElement;
      app.contentWindow!.postMessage(
        {
          protocol: 'corridor-map',
          version: 1,
          id: 'z',
          request: { type: 'setFilters', filters: { categories: ['fab'] } },
        },
        new URL(app.src).origin,
      );
      await new Promise((r) => setTimeout(r, 700));
      return got;
    });
    expect(answers).toEqual([]);
    expect(await frame.locator('.embed-count').textContent()).toBe(`${FACILITY_COUNT} facilities shown`);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('embed mode on its own', () => {
  for (const viewport of [
    { width: 300, height: 300 },
    { width: 400, height: 600 },
    { width: 800, height: 500 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}: nothing overflows, the overlay opens, axe finds nothing serious`, async () => {
      const { page, context, watch } = await openWatched(`${baseUrl()}?embed=1&lang=fr`, viewport);
      await waitForMapIdle(page);
      await page.getByRole('button', { name: 'Recherche, légende et liste' }).click();
      await page.locator('#embed-panel').waitFor();
      const overflow = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      }));
      expect(overflow).toEqual({ x: 0, y: 0 });
      const full = page.getByRole('link', { name: /Ouvrir la carte complète/ });
      expect(await full.getAttribute('target')).toBe('_blank');
      expect(await full.getAttribute('href')).not.toContain('embed=');
      const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(watch.errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the "Share and embed" builder', () => {
  it('copies a link and builds a snippet from the current view, with a live preview, keyboard-operable and axe-clean', async () => {
    const { page, context, watch } = await openWatched(`${baseUrl()}?cat=fab&cam=-73.5,44,6`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Share and embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and embed' });
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('cat=fab');
    await dialog.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await dialog.getByRole('combobox', { name: 'Colours' }).selectOption('dark');
    await dialog.getByRole('checkbox', { name: 'Filters' }).uncheck();
    await dialog.getByRole('radio', { name: 'Fixed' }).check();
    const snippet = await dialog.getByRole('textbox', { name: 'Code to paste' }).inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]*embed=1/);
    expect(snippet).toContain('cat=fab');
    expect(snippet).toContain('lang=fr');
    expect(snippet).toContain('theme=dark');
    expect(snippet).toContain('panels=search%2Clegend%2Clist%2Cdetails');
    expect(snippet).toContain('width:800px;height:500px');
    // The preview is the snippet's frame, live.
    const preview = page.frameLocator('iframe.share-preview');
    await expect
      .poll(() => preview.locator('.embed-count').textContent(), { timeout: 30_000 })
      .toBe('18 installations affichées');
    await dialog.getByRole('radio', { name: /JavaScript module/ }).check();
    expect(await dialog.getByRole('textbox', { name: 'Code to paste' }).inputValue()).toContain("from '");
    const results = await new AxeBuilder({ page }).include('.share-dialog').exclude('iframe').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/app/csp';
import { CONTENT_TYPES } from '../chromium';
import { launchBrowser, waitForMapIdle } from './browser';

/**
 * A static host for a copy of the built app, under a sub-path (/corridor/), with the app's CSP: the folder it
 * serves can be swapped for a "new deployment" while the browser keeps its service worker.
 */
let root = '';
let server: Server;
let base = '';
let browser: Browser;
const work: string[] = [];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'corridor-offline-'));
  work.push(dir);
  root = join(dir, 'v1');
  await cp('dist', root, { recursive: true });
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith('/corridor/')) {
      res.writeHead(404).end();
      return;
    }
    const file = normalize(join(root, path.slice('/corridor/'.length) || 'index.html'));
    readFile(file.endsWith('/') ? join(file, 'index.html') : file)
      .then((body) => {
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': contentSecurityPolicy,
          'cache-control': 'no-cache',
        });
        res.end(body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}/corridor/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  for (const dir of work) await rm(dir, { recursive: true, force: true });
});

const count = (page: Page) => page.locator('.list-count').textContent();

describe('offline after the first visit', () => {
  it('works with the network off (map, list, search, radius, language), then picks up a new deployment', async () => {
    const context = await browser.newContext({ locale: 'en-CA', viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(new URL(base).origin) && !/^(data|blob):/.test(request.url()))
        foreign.push(request.url());
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      // Going offline makes the browser log the failed update check of the service worker; nothing else.
      if (m.type() === 'error' && !/sw\.js|ERR_INTERNET_DISCONNECTED/.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await waitForMapIdle(page);
    const online = await count(page);
    // The service worker has precached everything once it is active.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    expect(await count(page)).toBe(online);
    await expect.poll(() => page.locator('.offline-note').textContent()).toContain('You are offline.');
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);
    const layers = await page.evaluate(() => {
      const map = (
        document.querySelector('.map-view') as HTMLElement & {
          maplibreMap: { getStyle: () => { layers: { id: string }[] } };
        }
      ).maplibreMap;
      return map.getStyle().layers.map((l) => l.id);
    });
    expect(layers).toEqual(expect.arrayContaining(['facilities-circle', 'basemap-land', 'routes-line']));

    // Search, then a radius around the result.
    await page.getByRole('combobox', { name: /Search/ }).fill('C2MI');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Use as radius centre' }).click();
    await expect
      .poll(() => page.locator('.radius-summary').textContent())
      .toMatch(/facilities within 100 km/);

    // The language switch re-creates the map: MapLibre's worker comes from the cache too.
    await page.getByRole('button', { name: 'Français' }).click();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.offline-note').textContent()).toContain('Vous êtes hors ligne.');
    expect(await page.locator('.radius-summary').textContent()).toMatch(/installations? à moins de 100 km/);

    // A new deployment: the data file changes, and so does its revision in the precache manifest (exactly what a
    // rebuild writes for a changed data file).
    const next = join(root, '..', 'v2');
    await cp(root, next, { recursive: true });
    const facilitiesPath = join(next, 'geo', 'facilities.geojson');
    const facilities = (await readFile(facilitiesPath, 'utf8')).replace(
      '"name":"C2MI – Centre de collaboration MiQro Innovation"',
      '"name":"C2MI – Centre de collaboration MiQro Innovation (v2)"',
    );
    expect(facilities).toContain('(v2)');
    await writeFile(facilitiesPath, facilities);
    const sw = await readFile(join(next, 'sw.js'), 'utf8');
    const revision = createHash('md5').update(facilities).digest('hex');
    const updated = sw.replace(
      /("?url"?:\s*"geo\/facilities\.geojson",\s*"?revision"?:\s*")[0-9a-f]+/,
      `$1${revision}`,
    );
    expect(updated).not.toBe(sw);
    await writeFile(join(next, 'sw.js'), updated);
    root = next;

    await context.setOffline(false);
    await page.reload();
    await waitForMapIdle(page);
    const notice = page.locator('.update-note');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('Une nouvelle version de la carte est disponible.');
    // Still the old data until the user chooses.
    expect(await page.locator('#facility-list').textContent()).not.toContain('(v2)');
    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Recharger maintenant' }).click(),
    ]);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('#facility-list').textContent()).toContain('(v2)');
    // Old precaches are cleaned: one precache left.
    const caches = await page.evaluate(async () =>
      (await window.caches.keys()).filter((k) => k.includes('precache')),
    );
    expect(caches).toHaveLength(1);

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
    // Two loads, a reload offline, a language switch, a new deployment and a reload into it.
  }, 180_000);
});

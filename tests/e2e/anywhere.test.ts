import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportCollectionSchema } from '../../src/features/export/export-schema';
import { waitForMapIdle, watchedBrowser } from './browser';

const { open } = watchedBrowser();

/** The ids the list shows, in order. */
const listedIds = (page: Page) =>
  page.$$eval('#facility-list button.list-item', (items) => items.map((b) => b.getAttribute('data-id')));

/** Visible controls smaller than 44 × 44 CSS px (links inside text are exempt, as in WCAG 2.5.8). */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, summary')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') return false;
        if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) return false;
        // A checkbox's target is its whole label.
        const target = el.matches('input[type=checkbox], input[type=radio]')
          ? (el.closest('label') ?? el)
          : el;
        const t = target.getBoundingClientRect();
        return t.width < 44 || t.height < 44;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}"`,
      ),
  );

describe('phones and tablets', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 320, height: 568 },
    { width: 820, height: 1180 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}: tap a facility and read it, filter, radius; nothing overflows`, async () => {
      const page = await open('/', { viewport, touch: true });
      await waitForMapIdle(page);
      const fits = () =>
        page.evaluate(() => ({
          wide: document.documentElement.scrollWidth <= innerWidth,
          tall: document.documentElement.scrollHeight <= innerHeight,
          scrolled: scrollY,
        }));
      expect(await fits()).toEqual({ wide: true, tall: true, scrolled: 0 });
      expect(await smallTargets(page)).toEqual([]);

      // Filters in their full-screen dialog.
      const before = (await listedIds(page)).length;
      await page.getByRole('button', { name: 'Filters and tools' }).tap();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: /Wafer fab/ }).tap();
      await dialog.getByRole('button', { name: 'Show results' }).tap();
      await expect.poll(async () => (await listedIds(page)).length).toBeLessThan(before);
      await waitForMapIdle(page);

      // Tap a single facility drawn on the map (tapping bubbles to zoom in until one is drawn alone).
      let target: { id: string; x: number; y: number } | null = null;
      for (let attempt = 0; attempt < 4 && !target; attempt++) {
        const found = await page.evaluate(() => {
          type M = {
            queryRenderedFeatures: (o: object) => {
              properties: { id: string };
              geometry: { coordinates: [number, number] };
            }[];
            project: (c: [number, number]) => { x: number; y: number };
            getCanvas: () => HTMLCanvasElement;
          };
          const map = (document.querySelector('.map-view') as HTMLElement & { maplibreMap: M }).maplibreMap;
          const box = map.getCanvas().getBoundingClientRect();
          const inside = (layer: string) => {
            for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
              const p = map.project(f.geometry.coordinates);
              if (p.x > 12 && p.x < box.width - 56 && p.y > 12 && p.y < box.height - 12)
                return { id: f.properties.id, x: box.left + p.x, y: box.top + p.y };
            }
            return null;
          };
          return { single: inside('facilities-circle'), bubble: inside('facility-clusters-circle') };
        });
        target = found.single;
        if (!target && found.bubble) {
          await page.touchscreen.tap(found.bubble.x, found.bubble.y);
          await page.waitForTimeout(1500);
          await waitForMapIdle(page);
        }
      }
      expect(target).not.toBeNull();
      await page.touchscreen.tap(target!.x, target!.y);
      const heading = page.locator('section.details h2');
      await heading.waitFor();
      const box = await heading.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      expect(await page.locator('.sheet').getAttribute('class')).toContain('sheet-half');
      expect(await page.locator('.map-tooltip').count()).toBe(0);

      // A radius around the tapped facility, from its details.
      await page.getByRole('button', { name: 'Use as radius centre' }).tap();
      await expect.poll(() => page.locator('.list-meta', { hasText: 'away' }).count()).toBeGreaterThan(0);
      expect(await fits()).toEqual({ wide: true, tall: true, scrolled: 0 });
    });
  }
});

describe('export and print', () => {
  it('exports what the list shows as CSV and GeoJSON, the map as PNG, and prints map, legend and list', async () => {
    const page = await open('/?cat=fab,research&lang=fr');
    await waitForMapIdle(page);
    const ids = await listedIds(page);
    expect(ids.length).toBeGreaterThan(20);
    await page.getByText('Exporter', { exact: true }).click();

    const save = async (name: RegExp) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(path) };
    };
    const csv = await save(/Tableur/);
    expect(csv.name).toMatch(/^corridor-map-facilities-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((r) => r['id'])).toEqual(ids);
    expect(rows.data.find((r) => r['id'] === 'c2mi-bromont')?.['name']).toContain(
      'Centre de collaboration MiQro',
    );

    const geojson = await save(/GeoJSON/);
    expect(geojson.name).toMatch(/\.geojson$/);
    const collection = exportCollectionSchema.parse(JSON.parse(geojson.bytes.toString('utf8')));
    expect(collection.features.map((f) => f.id)).toEqual(ids);

    for (const [button, ratio] of [
      [/PNG\)$/, 1],
      [/PNG 2×/, 2],
    ] as const) {
      const png = await save(button);
      expect(png.name).toMatch(ratio === 1 ? /\d\.png$/ : /@2x\.png$/);
      const size = await page.evaluate(
        async (bytes) => {
          const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const g = canvas.getContext('2d')!;
          g.drawImage(bitmap, 0, 0);
          // Distinct colours in the map part: a blank image has one or two.
          const data = g.getImageData(0, Math.round(bitmap.height * 0.3), bitmap.width, 40).data;
          const colours = new Set<number>();
          for (let i = 0; i < data.length; i += 16)
            colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
          const map = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
          return {
            width: bitmap.width,
            height: bitmap.height,
            colours: colours.size,
            mapWidth: map.width,
            mapHeight: map.height,
          };
        },
        [...png.bytes],
      );
      expect(size.width).toBe(Math.round(size.mapWidth * ratio));
      expect(size.height).toBeGreaterThan(size.mapHeight * ratio);
      expect(size.colours).toBeGreaterThan(20);
    }

    // Print: the layout the browser prints (the dialog itself is not opened in the test).
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByRole('button', { name: 'Imprimer' }).click();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.locator('.app').isVisible()).toBe(false);
    expect(await sheet.locator('.print-list li').count()).toBe(ids.length);
    expect(await sheet.locator('.print-legend li').count()).toBe(2);
    expect(await sheet.locator('h1').textContent()).toContain('Carte du corridor');
    const image = sheet.locator('img.print-map');
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
  });
});

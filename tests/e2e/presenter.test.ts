import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withinRadius } from '../../src/spatial';
import { parseView, serializeView } from '../../src/store/url-codec';
import { waitForMapIdle, watchedBrowser } from './browser';

interface Facility {
  id: string;
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { category: string; region: string };
}
const facilities = (
  JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as { features: Facility[] }
).features;
const scenes = (
  JSON.parse(readFileSync('public/geo/scenes.json', 'utf8')) as {
    scenes: { id: string; title_en: string; view: string }[];
  }
).scenes;

const { open, browser } = watchedBrowser();

/** The view part of a URL or scene, canonical (as the app writes it), without the presenter's own settings. */
function canonical(query: string): Record<string, string> {
  const params = new URLSearchParams(serializeView(parseView(query)));
  for (const key of ['lang', 'present', 'cam']) params.delete(key);
  return Object.fromEntries(params);
}

async function listedIds(page: Page): Promise<string[]> {
  return (
    await page
      .locator('#facility-list button.list-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''))
  ).sort();
}

describe('presenting the corridor', () => {
  it(
    'steps through the shipped story with the keyboard, each view as its scene defines it',
    { timeout: 240_000 },
    async () => {
      expect(scenes.length).toBeGreaterThanOrEqual(8);
      const page = await open('/');
      await waitForMapIdle(page);
      for (const [i, scene] of scenes.entries()) {
        await page.keyboard.press('ArrowRight');
        const expected = canonical(scene.view);
        await expect
          .poll(() => canonical(new URL(page.url()).search), { message: scene.id, timeout: 15_000 })
          .toEqual(expected);
        const cam = new URLSearchParams(scene.view).get('cam')!.split(',').map(Number);
        const at = new URLSearchParams(new URL(page.url()).search).get('cam')!.split(',').map(Number);
        expect(at.map((v, k) => Math.abs(v - (cam[k] ?? 0)) < 0.02)).toEqual([true, true, true]);
        await expect.poll(() => page.locator('.scene-caption strong').textContent()).toBe(scene.title_en);
        expect(await page.locator('.scene-button[aria-current="step"]').textContent()).toBe(scene.title_en);
        if (i === 0) await waitForMapIdle(page);
      }
    },
  );

  it('"only Quebec fabs and research centres within 50 km of Sherbrooke" is one click from a shipped scene', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page
      .getByRole('button', { name: 'Quebec fabs and research centres within 50 km of Sherbrooke' })
      .click();
    const inside = new Set(withinRadius(facilities, [-71.9, 45.4], 50).map((h) => String(h.id)));
    const expected = facilities
      .filter(
        (f) =>
          inside.has(f.id) &&
          ['fab', 'research'].includes(f.properties.category) &&
          f.properties.region === 'QC',
      )
      .map((f) => f.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => listedIds(page), { timeout: 15_000 }).toEqual(expected);
  });

  it('shortcuts do nothing while typing, and work everywhere else', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.click();
    await page.keyboard.type('1p0?f/t');
    expect(await search.inputValue()).toBe('1p0?f/t');
    expect(new URL(page.url()).searchParams.get('cat')).toBeNull();
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('1');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('cat'))
      .toBe('packaging,research,university,supplier,organization');
    await page.keyboard.press('Shift+3');
    await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBe('research');
    await page.keyboard.press('0');
    await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBeNull();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.locator('h1').click();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent()).toContain(
      'Presenter mode',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);
  });

  it('presenter mode at 1280×720 × 2: large type in the bar and the help, axe-clean, Escape leaves', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 2,
      locale: 'en-CA',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(new URL('/?present=1', (await open('/')).url()).href);
    await waitForMapIdle(page);
    await page.keyboard.press('ArrowRight');
    await page.locator('.present-bar').waitFor();
    await page.keyboard.press('?');
    await page.locator('.help-overlay').waitFor();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.present-bar *, .help-overlay *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
        .map((el) => ({
          text: el.textContent?.trim().slice(0, 30),
          size: parseFloat(getComputedStyle(el).fontSize),
        }))
        .filter((x) => x.size < 18),
    );
    expect(small).toEqual([]);
    const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the presenter window and the audience window stay in step both ways', async () => {
    const page = await open('/');
    await waitForMapIdle(page);
    await page.locator('h1').click();
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('w')]);
    await presenter.waitForLoadState();
    await presenter.getByRole('heading', { name: 'Presenter view' }).waitFor();
    // The audience moves on: the presenter follows.
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => presenter.locator('.presenter-now .presenter-scene-title').textContent())
      .toBe(scenes[0]!.title_en);
    expect(await presenter.locator('.presenter-next .presenter-scene-title').textContent()).toBe(
      scenes[1]!.title_en,
    );
    expect(await presenter.locator('.presenter-notes').textContent()).not.toBe('—');
    // The presenter moves on: the audience follows.
    await presenter.getByRole('button', { name: /Next scene/ }).click();
    await expect.poll(() => page.locator('.scene-caption strong').textContent()).toBe(scenes[1]!.title_en);
    await expect
      .poll(() => presenter.locator('.presenter-now .presenter-scene-title').textContent())
      .toBe(scenes[1]!.title_en);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.scene-caption strong').textContent()).toBe(scenes[2]!.title_en);
    // Closing the presenter leaves the audience working.
    await presenter.close();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.scene-caption strong').textContent()).toBe(scenes[3]!.title_en);
  });

  it('saves the current view as a scene, renames it and keeps it after a reload; a bad file changes nothing', async () => {
    const page = await open('/?cat=fab&cam=-73,44,6');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Save this view as a scene' }).click();
    const name = page.getByRole('textbox', { name: 'Name of scene 1' });
    await name.fill('Fabs only');
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.getByRole('textbox', { name: 'Name of scene 1' }).inputValue()).toBe('Fabs only');
    await page.locator('.file-button input').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'corridor-map-scenes', version: 1, scenes: [{ id: 'nope' }] }),
      ),
    });
    await expect
      .poll(() => page.locator('.scenes [role="status"]').textContent())
      .toMatch(/cannot be imported .*nothing was changed/);
    expect(await page.locator('.scene-list.mine li').count()).toBe(1);
  });
});

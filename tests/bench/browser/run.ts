/**
 * `npm run bench:browser`: the app against a bare MapLibre page (tests/bench/browser/bare.ts) drawing the same
 * files with the same style, camera and map size, in Debian Chromium. Builds both, serves both from one static
 * server that sends every text file brotli-compressed (so "bytes as sent" compare alike), then for the real data
 * and for 10k and 100k synthetic facilities (served in place of facilities.geojson) runs alternating cold loads and
 * prints medians and ratios (ours ÷ bare): load → idle, bytes as sent, category toggle → idle, the longest
 * main-thread task, JS heap (after a garbage collection) and DOM nodes. Ratios measured side by side in one run, not absolute times.
 * A second baseline, "bare + clusters" (the bare page with `?clusters=1`), is bare MapLibre doing the app's
 * clustered job (the app's bubble layers; a toggle sends the shown facilities with `setData`): the first ratio is
 * against the baseline, the second separates the app's own cost from the cost of bubbles.
 * Options: BENCH_RUNS (default 3), BENCH_SIZES (default "real,10000,100000"), BENCH_SKIP_BUILD=1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CONTENT_TYPES, chromiumPath } from '../../chromium';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const SIZES = (process.env['BENCH_SIZES'] ?? 'real,10000,100000').split(',');
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = Number(process.env['BENCH_TIMEOUT'] ?? 300_000);

if (process.env['BENCH_SKIP_BUILD'] !== '1') {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '-c', 'tests/bench/browser/vite.config.ts'], { stdio: 'inherit' });
}

// /app/ serves dist, /bare/ serves dist-bench/bare; text files brotli-compressed once, kept in memory.
// /app~N/ and /bare~N/ serve the same with N synthetic facilities in place of geo/facilities.geojson (written to
// dist-bench/synthetic-N.geojson): over HTTP like the real file, since a body of hundreds of MB handed to
// Playwright's route.fulfill closes the browser.
const roots: Record<string, string> = { app: 'dist', bare: 'dist-bench/bare', clusters: 'dist-bench/bare' };
const compressed = new Map<string, Buffer>();
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const [, prefix, ...rest] = url.pathname.split('/');
  const [site, size] = (prefix ?? '').split('~');
  const root = roots[site ?? ''];
  if (!root) return void res.writeHead(404).end();
  const wanted = decodeURIComponent(rest.join('/'));
  let file =
    size && wanted === 'geo/facilities.geojson'
      ? syntheticFile(Number(size))
      : normalize(join(root, wanted || 'index.html'));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!(file.startsWith(normalize(root)) || file.startsWith('dist-bench/synthetic-')) || !existsSync(file))
    return void res.writeHead(404).end();
  const type = CONTENT_TYPES[extname(file)];
  const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream' };
  let body: Buffer = readFileSync(file);
  if (type && String(req.headers['accept-encoding']).includes('br')) {
    // Quality 11 for the app's files (as the build precompresses them); 5 for the synthetic files of many MB.
    const quality = body.length > 5e6 ? 5 : 11;
    const cached =
      compressed.get(file) ??
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
    compressed.set(file, cached);
    body = cached;
    headers['content-encoding'] = 'br';
  }
  res.writeHead(200, headers).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no port');
const origin = `http://127.0.0.1:${address.port}`;

/** The path of a file of `count` synthetic facilities, written on its first use in this run. */
const written = new Set<string>();
function syntheticFile(count: number): string {
  const file = `dist-bench/synthetic-${count}.geojson`;
  if (!written.has(file)) writeFileSync(file, synthetic(count));
  written.add(file);
  return file;
}

/** Synthetic facilities: the real records repeated with new ids and random positions inside the corridor. */
function synthetic(count: number): string {
  const real = JSON.parse(readFileSync('public/geo/facilities.geojson', 'utf8')) as {
    features: { id: string; properties: Record<string, unknown> }[];
  };
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const features = Array.from({ length: count }, (_, i) => {
    const f = real.features[i % real.features.length]!;
    const id = `synthetic-${i}`;
    return {
      ...f,
      id,
      geometry: { type: 'Point', coordinates: [-79.5 + random() * 11, 40.6 + random() * 7.9] },
      properties: { ...f.properties, id, name: `Site ${i}`, name_en: undefined, name_fr: undefined },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const PAGES = ['app', 'bare', 'clusters'] as const;
type Page = (typeof PAGES)[number];

interface Sample {
  loadMs: number;
  bytes: number;
  longestLoadTaskMs: number;
  toggleMs: number;
  paintMs: number;
  handlerMs: number;
  longestToggleTaskMs: number;
  heapMb: number;
  domNodes: number;
}

/** Before any script: record the longest main-thread task and when the idle attribute first turns true. */
function instrument([selector, attribute]: [string, string]): void {
  const w = window as unknown as { __longest: number; __idleAt?: number };
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (w.__idleAt === undefined && document.querySelector(selector)?.getAttribute(attribute) === 'true')
      w.__idleAt = performance.now();
  };
  new MutationObserver(check).observe(document, {
    attributes: true,
    subtree: true,
    attributeFilter: [attribute],
  });
}

async function measure(browser: Browser, which: Page, size: string, mapSize: { w: number; h: number }) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  // tsx (esbuild) wraps named functions in a `__name` helper that does not exist in the page.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  if (process.env['BENCH_DEBUG']) {
    page.on('console', (m) => console.error(`[${which}] ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console.error(`[${which}] pageerror: ${e.message}`));
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  const [selector, attribute] = which === 'app' ? ['.map-view', 'data-map-idle'] : ['body', 'data-idle'];
  await page.addInitScript(instrument, [selector, attribute] as [string, string]);
  const site = size === 'real' ? which : `${which}~${size}`;
  const path =
    which === 'app'
      ? `/${site}/`
      : `/${site}/?w=${mapSize.w}&h=${mapSize.h}${which === 'clusters' ? '&clusters=1' : ''}`;
  await page.goto(origin + path);
  await page.waitForFunction(
    () => (window as unknown as { __idleAt?: number }).__idleAt !== undefined,
    undefined,
    { timeout: TIMEOUT, polling: 250 },
  );
  const loaded = await page.evaluate(() => {
    const w = window as unknown as { __idleAt: number; __longest: number };
    const result = { loadMs: w.__idleAt, longest: w.__longest };
    w.__longest = 0;
    return result;
  });
  // Toggle → idle: when the map has drawn the change. Ours is toggled by a real click (a trusted input event), so
  // the browser's Event Timing says when the first frame after it was painted: the list's answer (`paintMs`, the
  // interaction's duration as INP counts it, 8 ms steps; below 16 ms the browser reports nothing, read as 16), and
  // how long its handlers held the main thread (`handlerMs`: React's render and commit; the rest of the next paint
  // is the browser's style, layout, raster and compositing, slow here in software).
  // The bare pages have no list nor input: their toggle is a call.
  let paintMs = Number.NaN;
  let handlerMs = Number.NaN;
  let toggleMs: number;
  if (which === 'app') {
    await page.evaluate(() => {
      // Event Timing fields and options newer than TypeScript's DOM library.
      type Interaction = PerformanceEventTiming & { interactionId?: number };
      const w = window as unknown as { __paint: number; __handler: number; __toggled: Promise<number> };
      w.__paint = 16;
      w.__handler = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Interaction[]) {
          if (!entry.interactionId) continue;
          w.__paint = Math.max(w.__paint, entry.duration);
          w.__handler = Math.max(w.__handler, entry.processingEnd - entry.processingStart);
        }
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      // From the click to the map's idle signal after it (it turns false when the change reaches the map and
      // true once the map has drawn it).
      const view = document.querySelector('.map-view');
      w.__toggled = new Promise((resolve) => {
        let clickedAt = 0;
        let busy = false;
        document.addEventListener('click', () => (clickedAt = performance.now()), {
          capture: true,
          once: true,
        });
        if (view)
          new MutationObserver(() => {
            const idle = view.getAttribute('data-map-idle') === 'true';
            if (!idle && clickedAt > 0) busy = true;
            else if (idle && busy) resolve(performance.now() - clickedAt);
          }).observe(view, { attributes: true, attributeFilter: ['data-map-idle'] });
      });
    });
    // A trusted click at the checkbox's place (the mouse, not a locator: Playwright's locators inject a script
    // whose heap the bare pages would not have).
    const box = await page.evaluate(() => {
      const input = [...document.querySelectorAll<HTMLInputElement>('.legend-item input')].find((i) =>
        i.closest('label')?.textContent?.includes('Supplier'),
      );
      input?.scrollIntoView({ block: 'center' });
      const rect = input?.getBoundingClientRect();
      return rect && { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    if (!box) throw new Error('no Supplier checkbox');
    await page.mouse.click(box.x, box.y);
    toggleMs = await page.evaluate(() => (window as unknown as { __toggled: Promise<number> }).__toggled);
    // The Event Timing entry is reported after the frame; give it a frame or two.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    [paintMs, handlerMs] = await page.evaluate(() => {
      const w = window as unknown as { __paint: number; __handler: number };
      return [w.__paint, w.__handler];
    });
  } else {
    toggleMs = await page.evaluate(() =>
      (window as unknown as { bench: { toggle: (c: string) => Promise<number> } }).bench.toggle('supplier'),
    );
  }
  const longestToggle = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  // What the page holds, not when the collector last ran: garbage is collected before the heap is read.
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  if (which === 'app') {
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    if (canvas) Object.assign(mapSize, { w: Math.round(canvas.width), h: Math.round(canvas.height) });
  }
  await context.close();
  return {
    loadMs: loaded.loadMs,
    bytes,
    longestLoadTaskMs: loaded.longest,
    toggleMs,
    paintMs,
    handlerMs,
    longestToggleTaskMs: longestToggle,
    heapMb: metric('JSHeapUsedSize') / 2 ** 20,
    domNodes: metric('Nodes'),
  } satisfies Sample;
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const mapSize = { w: 560, h: 700 };
const rows: string[] = [];
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
for (const size of SIZES) {
  const samples: Record<Page, Sample[]> = { app: [], bare: [], clusters: [] };
  // Alternate, so drift on a shared machine hits both alike; ours first (it measures the map size for the bare page).
  for (let run = 0; run < RUNS; run++) {
    for (const which of PAGES) {
      try {
        samples[which].push(await measure(browser, which, size, mapSize));
      } catch (error) {
        console.error(`${which} ${size} run ${run + 1}: ${String(error).split('\n')[0]}`);
      }
    }
  }
  const m = (which: Page, key: keyof Sample) => median(samples[which].map((s) => s[key]));
  const line = (label: string, key: keyof Sample, unit: string, digits = 0) => {
    const ours = m('app', key);
    const bare = m('bare', key);
    const clusters = m('clusters', key);
    rows.push(
      `| ${size} | ${label} | ${fmt(ours, digits)} ${unit} | ${fmt(bare, digits)} ${unit} | ${fmt(ours / bare, 2)}× | ${fmt(clusters, digits)} ${unit} | ${fmt(ours / clusters, 2)}× |`,
    );
  };
  line('load → idle', 'loadMs', 'ms');
  if (size === 'real') line('bytes as sent', 'bytes', 'B');
  line('longest task during load', 'longestLoadTaskMs', 'ms');
  line('category toggle: click handler (ours: Event Timing)', 'handlerMs', 'ms');
  line('category toggle → next paint (ours: Event Timing)', 'paintMs', 'ms');
  line('category toggle → idle', 'toggleMs', 'ms');
  line('longest task during toggle', 'longestToggleTaskMs', 'ms');
  line('JS heap after toggle and GC', 'heapMb', 'MB', 1);
  line('DOM nodes', 'domNodes', '');
  console.error(
    `${size}: ${samples.app.length} + ${samples.bare.length} + ${samples.clusters.length} runs done`,
  );
}
await browser.close();
server.close();
console.log(
  `\nMedians of ${RUNS} alternating cold runs, ${VIEWPORT.width}×${VIEWPORT.height}, map ${mapSize.w}×${mapSize.h}:\n`,
);
console.log(
  '| facilities | what | ours | bare MapLibre | ours ÷ bare | bare + clusters | ours ÷ bare + clusters |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src/app/csp.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { LongestFirst } from './tests/e2e/sequencer.ts';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

/**
 * The host SDK (src/embed/embed-sdk.ts) is built on its own into `embed.js` beside index.html: one ES module
 * with no imports (a chunk shared with the app would need CORS too), under a stable name hosts can import.
 */
function embedSdk(): Plugin {
  let outDir = 'dist';
  return {
    name: 'corridor-map-embed-sdk',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          lib: { entry: 'src/embed/embed-sdk.ts', formats: ['es'], fileName: () => 'embed.js' },
        },
      });
    },
  };
}

/**
 * Only the SDK (and its types) may be imported by a page of another origin: `npm start` sends
 * Access-Control-Allow-Origin for those two files and nothing broader.
 */
function embedCors(): Plugin {
  return {
    name: 'corridor-map-embed-cors',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path.endsWith('/embed.js') || path.endsWith('/embed.d.ts')) {
          res.setHeader('Access-Control-Allow-Origin', '*');
        }
        next();
      });
    },
  };
}

/** Text files worth compressing, with the type they are served as. */
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
};

/**
 * Every text asset of the build is written beside itself precompressed, as `.br` (brotli, quality 11) and `.gz`
 * (gzip, level 9), and `npm start` (vite preview) sends the smallest the browser accepts, with
 * `Content-Encoding` and `Vary: Accept-Encoding`. A static host does the same by serving the precompressed
 * files (nginx `gzip_static`/`brotli_static`, Apache MultiViews) or compressing on the fly (README).
 */
function precompress(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'corridor-map-precompress',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    async closeBundle() {
      if (!building) return;
      const files = (await readdir(outDir, { recursive: true })).filter(
        (f) => COMPRESSIBLE[extname(f)] !== undefined,
      );
      await Promise.all(
        files.map(async (file) => {
          const body = await readFile(join(outDir, file));
          if (body.length < 1024) return;
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
            promisify(gzip)(body, { level: 9 }),
          ]);
          await writeFile(join(outDir, `${file}.br`), br);
          await writeFile(join(outDir, `${file}.gz`), gz);
        }),
      );
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          return next();
        }
        if (path.endsWith('/')) path += 'index.html';
        const type = COMPRESSIBLE[extname(path)];
        const file = join(root, path);
        if (!type || !file.startsWith(root + sep)) return next();
        const accepted = String(req.headers['accept-encoding'] ?? '');
        for (const [encoding, suffix] of [
          ['br', '.br'],
          ['gzip', '.gz'],
        ] as const) {
          if (!accepted.includes(encoding) || !existsSync(file + suffix)) continue;
          res.setHeader('Content-Type', type);
          res.setHeader('Content-Encoding', encoding);
          res.setHeader('Content-Length', statSync(file + suffix).size);
          res.setHeader('Vary', 'Accept-Encoding');
          res.setHeader('Cache-Control', 'no-cache');
          res.setHeader('Content-Security-Policy', contentSecurityPolicy);
          if (req.method === 'HEAD') res.end();
          else createReadStream(file + suffix).pipe(res);
          return;
        }
        next();
      });
    },
  };
}

// One config for the app, the preview server (`npm start`) and every test project.
export default defineConfig({
  // Relative asset and data URLs, so the built app also works when served under a sub-path.
  base: './',
  plugins: [
    react(),
    embedSdk(),
    embedCors(),
    precompress(),
    // Offline after the first visit: a Workbox service worker precaches the app, MapLibre's worker and every
    // file of public/geo. A new build is announced in the app ("a new version is available") and taken when the
    // user chooses; caches of older builds are removed. Registered from our own bundle (no inline script).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,geojson,json}'],
        globIgnores: ['embed.js', 'embed.d.ts'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        // The data files change with every data build: they are precached with their revision like the rest.
        dontCacheBustURLsMatching: /assets\//,
      },
    }),
  ],
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
  },
  build: {
    chunkSizeWarningLimit: 1500,
  },
  test: {
    // Set here: Vitest takes the sequencer from the root config only. Long browser-test files start first.
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // The whole app renders in jsdom; on a busy 2-core machine a test can take seconds.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Two files at a time (`--maxWorkers=2` in package.json): a browser test mostly waits on rendering
          // and timers, so two share this 2-core machine well; files share nothing but the preview server.
          fileParallelism: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: ['tests/bench/**/*.bench.ts'],
          environment: 'node',
        },
      },
    ],
  },
});

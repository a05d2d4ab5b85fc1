import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src/app/csp.ts';
import { VitePWA } from 'vite-plugin-pwa';

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

// One config for the app, the preview server (`npm start`) and every test project.
export default defineConfig({
  // Relative asset and data URLs, so the built app also works when served under a sub-path.
  base: './',
  plugins: [
    react(),
    embedSdk(),
    embedCors(),
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
          fileParallelism: false,
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

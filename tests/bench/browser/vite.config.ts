import { defineConfig } from 'vite';

/** Builds the bare MapLibre baseline page into dist-bench/bare (see run.ts). */
export default defineConfig({
  root: 'tests/bench/browser',
  base: './',
  publicDir: '../../../public',
  logLevel: 'warn',
  build: { outDir: '../../../dist-bench/bare', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

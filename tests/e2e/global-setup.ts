import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

/**
 * Builds the app once (unless `npm test` just did) and serves it with `vite preview` — the same server and CSP as `npm start` —
 * on a free port for every browser test.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // `npm test` has just built the app in its check step (E2E_PREBUILT=1); on its own, build it here.
  if (process.env['E2E_PREBUILT'] !== '1') {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  const server: PreviewServer = await preview({
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

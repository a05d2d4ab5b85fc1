import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/app';
import type { EmbedConfig } from '../../src/features/embed/embed-config';
import { Providers } from '../../src/app/providers';
import { resetStore, type ViewState } from '../../src/store/store';
import { geoFixtures } from '../fixtures/geo-fixtures';
import { fakeEngine } from './fake-map';
import type { MapCamera } from '../../src/map/map-handle';

export type FetchOverride = (file: string) => Response | undefined;

/**
 * Renders the whole app with the map replaced by a recording fake and fetch answered from the
 * fixtures (or by `override`, e.g. to fail one file). Returns the engine and the fetch spy.
 */
export function renderApp(
  options: {
    override?: FetchOverride;
    supported?: boolean;
    /** The browser claims WebGL 2 but the map gets no context. */
    contextFails?: boolean;
    /** Embed mode, as `embedConfig` reads it from the page's query string. */
    embed?: EmbedConfig;
    state?: Partial<ViewState>;
    /** Where the fake map opens before the app moves it (e.g. the framed corridor, zoomed out). */
    initialCamera?: MapCamera;
  } = {},
) {
  resetStore({ lang: 'en', ...options.state });
  const fetchSpy = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = url.split('/').pop() ?? '';
    const overridden = options.override?.(file);
    if (overridden) return overridden;
    const body = geoFixtures[file];
    if (body === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchSpy);
  const engine = fakeEngine(options.supported ?? true, options.initialCamera, options.contextFails);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <Providers engine={engine} queryClient={queryClient}>
      <App {...(options.embed && { embed: options.embed })} />
    </Providers>,
  );
  return { ...view, engine, fetchSpy, queryClient };
}

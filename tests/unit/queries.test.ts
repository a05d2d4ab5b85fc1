import { afterEach, describe, expect, it, vi } from 'vitest';
import { facilitiesFixture } from '../fixtures/geo-fixtures';

// The data schemas are a chunk of their own, loaded with the first query (src/datasets/queries.ts).
describe('geo queries when the schemas chunk does not load', () => {
  afterEach(() => {
    vi.doUnmock('../../src/datasets/schemas');
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('fail naming the file, and load it on the next try', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(facilitiesFixture))),
    );
    vi.resetModules();
    vi.doMock('../../src/datasets/schemas', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { facilitiesQuery } = await import('../../src/datasets/queries');
    const run = () =>
      (facilitiesQuery.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({
        signal: new AbortController().signal,
      });
    await expect(run()).rejects.toThrow(
      /^facilities\.geojson: could not be checked: the app's data schemas did not load/,
    );
    vi.doUnmock('../../src/datasets/schemas');
    const data = (await run()) as { features: { id: string }[] };
    expect(data.features.map((f) => f.id)).toContain('fab-north');
  });

  it('ask for the file while the schemas chunk is still on its way', async () => {
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify(facilitiesFixture)));
    vi.stubGlobal('fetch', fetchSpy);
    vi.resetModules();
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('../../src/datasets/schemas', async (importOriginal) => {
      await arrived;
      return importOriginal();
    });
    const { facilitiesQuery } = await import('../../src/datasets/queries');
    const result = (facilitiesQuery.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({
      signal: new AbortController().signal,
    });
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(1));
    arrive();
    const data = (await result) as { features: { id: string }[] };
    expect(data.features.map((f) => f.id)).toContain('fab-north');
  });
});

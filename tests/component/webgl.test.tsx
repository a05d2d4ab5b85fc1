import { act, render, screen, waitFor } from '@testing-library/react';
import { MapEngineContext, useMapSupported } from '../../src/map/map-context';
import { fakeEngine } from './fake-map';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { embedConfig } from '../../src/features/embed/embed-config';
import { renderApp } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Counts the canvas contexts asked for (the check must ask for none). */
function countContexts() {
  const calls = { contexts: 0 };
  const create = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation((tag: string) => {
    const element = create(tag);
    if (tag === 'canvas') {
      Object.defineProperty(element, 'getContext', {
        value: () => {
          calls.contexts++;
          return null;
        },
      });
    }
    return element;
  });
  return calls;
}

describe('the WebGL 2 check', () => {
  it('costs no context: yes when the browser has WebGL 2, no when it has none', async () => {
    const calls = countContexts();
    vi.stubGlobal('WebGL2RenderingContext', function WebGL2RenderingContext() {});
    const { supportsWebGL2 } = await import('../../src/map/webgl');
    expect([supportsWebGL2(), supportsWebGL2()]).toEqual([true, true]);
    vi.unstubAllGlobals();
    vi.stubGlobal('WebGL2RenderingContext', undefined);
    expect(supportsWebGL2()).toBe(false);
    expect(calls.contexts).toBe(0);
  });

  it('turns to no, for good and once, when the map gets no context', async () => {
    vi.stubGlobal('WebGL2RenderingContext', function WebGL2RenderingContext() {});
    const { markWebGL2Failed, onWebGL2Change, supportsWebGL2 } = await import('../../src/map/webgl');
    const heard = vi.fn();
    onWebGL2Change(heard);
    markWebGL2Failed();
    markWebGL2Failed();
    expect(supportsWebGL2()).toBe(false);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('MapLibre without a WebGL 2 context: the engine answers null and says no from then on', async () => {
    vi.stubGlobal('WebGL2RenderingContext', function WebGL2RenderingContext() {});
    countContexts();
    const { maplibreEngine } = await import('../../src/map/maplibre-engine');
    const { baseStyle } = await import('../../src/map/style');
    expect(maplibreEngine.isSupported()).toBe(true);
    const handle = maplibreEngine.create({
      container: document.createElement('div'),
      style: baseStyle(),
      bounds: [-80, 40, -67, 49],
      maxBounds: [-90, 35, -55, 55],
      locale: {},
    });
    expect(handle).toBeNull();
    expect(maplibreEngine.isSupported()).toBe(false);
  });
});

describe('useMapSupported', () => {
  it('re-renders its component when a map fails to get its context', async () => {
    const engine = fakeEngine(true, undefined, true);
    function Probe() {
      return <p>{useMapSupported() ? 'map' : 'list only'}</p>;
    }
    render(
      <MapEngineContext value={engine}>
        <Probe />
      </MapEngineContext>,
    );
    expect(screen.getByText('map')).toBeInTheDocument();
    act(() => void engine.create({} as never));
    expect(screen.getByText('list only')).toBeInTheDocument();
  });
});

describe('the app when the map gets no WebGL 2 context', () => {
  it('replaces the map with the note and lists every facility', async () => {
    const { engine } = renderApp({ contextFails: true });
    await screen.findByText('4 facilities shown', {}, { timeout: 5000 });
    await waitFor(() => expect(screen.getByRole('note')).toHaveTextContent('WebGL 2'), { timeout: 5000 });
    expect(engine.maps).toEqual([]);
    expect(document.querySelectorAll('#facility-list .list-item')).toHaveLength(4);
  });

  it('embedded, opens its panels over the frame instead of the map', async () => {
    renderApp({ contextFails: true, embed: embedConfig('?embed=1', true) });
    await waitFor(() => expect(screen.getByRole('note')).toHaveTextContent('WebGL 2'), { timeout: 5000 });
    expect(screen.getByRole('button', { name: /close|fermer/i })).toHaveAttribute('aria-expanded', 'true');
  });
});

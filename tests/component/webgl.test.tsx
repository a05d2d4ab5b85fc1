import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** Counts the WebGL 2 contexts the check asks for, and the ones it gives back. */
function fakeCanvases(answer: 'context' | 'null' | 'throw') {
  const calls = { contexts: 0, released: 0 };
  const create = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation((tag: string) => {
    const element = create(tag);
    if (tag === 'canvas') {
      Object.defineProperty(element, 'getContext', {
        value: (kind: string) => {
          if (kind !== 'webgl2') return null;
          calls.contexts++;
          if (answer === 'throw') throw new Error('no GPU');
          if (answer === 'null') return null;
          return { getExtension: () => ({ loseContext: () => calls.released++ }) };
        },
      });
    }
    return element;
  });
  return calls;
}

describe('the WebGL 2 check', () => {
  it('asks for one context per page, gives it back, and keeps its answer', async () => {
    const calls = fakeCanvases('context');
    const { supportsWebGL2 } = await import('../../src/map/webgl');
    expect([supportsWebGL2(), supportsWebGL2(), supportsWebGL2()]).toEqual([true, true, true]);
    expect(calls).toEqual({ contexts: 1, released: 1 });
  });

  it('answers no when the browser has no WebGL 2 or throws', async () => {
    fakeCanvases('null');
    expect((await import('../../src/map/webgl')).supportsWebGL2()).toBe(false);
    vi.resetModules();
    fakeCanvases('throw');
    expect((await import('../../src/map/webgl')).supportsWebGL2()).toBe(false);
  });
});

/**
 * The audience window and the presenter window keep in step over a BroadcastChannel (same origin, no server):
 * the audience announces the scene it shows; the presenter asks it to show another. Either can close.
 */
export const CHANNEL = 'corridor-map-presenter';

export type PresenterMessage =
  | { type: 'hello' }
  | { type: 'state'; sceneIndex: number | null; lang: 'en' | 'fr' }
  | { type: 'goto'; index: number };

export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m['type'] === 'hello') return { type: 'hello' };
  if (m['type'] === 'goto' && Number.isInteger(m['index']) && (m['index'] as number) >= 0) {
    return { type: 'goto', index: m['index'] as number };
  }
  if (
    m['type'] === 'state' &&
    (m['sceneIndex'] === null || (Number.isInteger(m['sceneIndex']) && (m['sceneIndex'] as number) >= 0)) &&
    (m['lang'] === 'en' || m['lang'] === 'fr')
  ) {
    return { type: 'state', sceneIndex: m['sceneIndex'] as number | null, lang: m['lang'] };
  }
  return null;
}

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

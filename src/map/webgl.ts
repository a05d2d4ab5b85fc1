let supported: boolean | undefined;

/**
 * MapLibre GL JS 6 draws with WebGL 2 only; without it the app shows the list-only view. Checked once per
 * page: every check creates a WebGL context, browsers cap how many a page may hold (the oldest, possibly
 * the map's, is lost), and a check that failed under memory pressure must not unmount a working map.
 */
export function supportsWebGL2(): boolean {
  if (supported === undefined) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      supported = gl !== null;
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      supported = false;
    }
  }
  return supported;
}

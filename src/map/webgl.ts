/** MapLibre GL JS 6 draws with WebGL 2 only; without it the app shows the list-only view. */
export function supportsWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** Full screen where the browser allows it; elsewhere presenter mode still fills the window (no error). */
export async function enterFullscreen(): Promise<void> {
  if (document.fullscreenElement || !document.fullscreenEnabled) return;
  try {
    await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, a frame without allow="fullscreen"): the projector layout works without it.
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left.
  }
}

export function toggleFullscreen(): void {
  void (document.fullscreenElement ? exitFullscreen() : enterFullscreen());
}

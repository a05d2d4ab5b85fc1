/** Saves text or a blob as a file through the browser's download (no request leaves the page). */
export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled (a synchronous revoke can cancel the download in some browsers).
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

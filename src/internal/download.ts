/** Offers text as a file download; made in the browser, so no server endpoint is needed. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Revoked a task later: Chromium starts the download asynchronously from the click.
  setTimeout(() => URL.revokeObjectURL(url));
}

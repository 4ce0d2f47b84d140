/** Saves bytes or text as a file through the browser (the pane's webview or a plain browser). */
export function download(filename: string, data: string | Uint8Array, type: string): void {
  const part: BlobPart = typeof data === 'string' ? data : data.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves bytes or text as a file through the browser's download (no extra permission needed). */
export function downloadFile(content: Uint8Array | string, name: string, type: string): void {
  const blob = new Blob([typeof content === 'string' ? content : (content as BlobPart)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

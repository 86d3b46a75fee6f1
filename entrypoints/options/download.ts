/** Saves text as a file through a Blob URL and a temporary `<a download>` (no permission needed). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox needs the URL to live until the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

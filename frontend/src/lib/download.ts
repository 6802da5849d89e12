/**
 * Files the API answers (exports, templates) need the bearer token, so they are fetched with the API client and
 * handed to the browser as a Blob, never as a plain link.
 */

/**
 * The file name a Content-Disposition gives: RFC 6266's `filename*` (UTF-8, RFC 5987) when there is one, then the
 * plain `filename`, else `fallback`.
 */
export function fileNameOf(disposition: string | null | undefined, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  return (plain?.[1] ?? plain?.[2])?.trim() || fallback;
}

/** Hands a Blob to the browser as a downloaded file named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the object URL only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

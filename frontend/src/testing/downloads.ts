import { vi } from 'vitest';

/** A file the app handed to the browser to save. */
export interface SavedFile {
  blob: Blob;
  name: string;
}

/**
 * Catches the files the app saves (a Blob behind an object URL, clicked as a link with `download`): call it in
 * beforeEach; the returned list fills as the app saves. vi.restoreAllMocks in afterEach undoes the spy.
 */
export function captureDownloads(): SavedFile[] {
  const saved: SavedFile[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:karta-test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: blobs.get(this.getAttribute('href') ?? '')!, name: this.download });
  });
  return saved;
}

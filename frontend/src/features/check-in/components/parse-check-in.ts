const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CHECK_IN_PATH = new RegExp(`/check-in/(${UUID})/?$`, 'i');

export interface ScannedCode {
  meetingId: string;
  token: string;
}

/**
 * What a scanned QR code or a pasted text says: the check-in link of the QR screen (`…/check-in/<meeting>?code=…`)
 * gives its meeting and code; a bare code (no spaces, no link) counts for `meetingId` when one is given. Anything
 * else (another site's QR code) is null.
 */
export function parseCheckIn(text: string, meetingId?: string): ScannedCode | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      const url = new URL(trimmed);
      const match = CHECK_IN_PATH.exec(url.pathname);
      const token = url.searchParams.get('code');
      return match?.[1] && token ? { meetingId: match[1].toLowerCase(), token } : null;
    } catch {
      return null;
    }
  }
  if (!meetingId || /\s|\//.test(trimmed)) return null;
  return { meetingId, token: trimmed };
}

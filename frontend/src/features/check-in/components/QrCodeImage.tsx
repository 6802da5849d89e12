import QRCode from 'qrcode';
import { useMemo } from 'react';

/** Modules of white around the code: phones read a code only with its quiet zone. */
const QUIET_ZONE = 4;

/**
 * A QR code of `value`, black on white with its quiet zone, as an SVG that scales to its box (crisp on a projector
 * and on a phone). One path of dark modules; the accessible name says what the code is for.
 */
export function QrCodeImage({ value, label, size = '100%' }: { value: string; label: string; size?: number | string }) {
  const { path, extent } = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    const n = modules.size;
    let d = '';
    for (let row = 0; row < n; row += 1) {
      for (let col = 0; col < n; col += 1) {
        if (modules.data[row * n + col]) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      }
    }
    return { path: d, extent: n + 2 * QUIET_ZONE };
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${extent} ${extent}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      data-testid="check-in-qr"
      data-value={value}
      style={{ display: 'block', background: '#fff', maxWidth: '100%', height: 'auto', aspectRatio: '1 / 1' }}
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

import { render, screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { parseCheckIn } from './components/parse-check-in';
import { QrCodeImage } from './components/QrCodeImage';

const meetingId = 'f0000000-0000-4000-8000-000000000001';
const url = `https://karta.example/check-in/${meetingId}?code=29561234.q1Vb3lKx8s0dQ2m9ZxY7aA`;

/** The SVG's dark modules as a black-on-white RGBA image, `scale` pixels a module: what a camera would see. */
function pixelsOf(svg: SVGElement, scale = 4) {
  const extent = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const size = extent * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y] of (svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = ((Number(y) * scale + dy) * size + Number(x) * scale + dx) * 4;
        data.fill(0, offset, offset + 3);
      }
    }
  }
  return { data, size };
}

describe('the QR code', () => {
  it('is an image a phone reads back as the check-in link, with a quiet zone', () => {
    render(<QrCodeImage value={url} label="QR-код для отметки на совещании" />);
    const svg = screen.getByRole('img', { name: 'QR-код для отметки на совещании' }) as unknown as SVGElement;
    const { data, size } = pixelsOf(svg);
    expect(jsQR(data, size, size)?.data).toBe(url);
    // Nothing dark in the four modules along the edge.
    const coordinates = [...(svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(Math.min(...coordinates)).toBe(4);
  });
});

describe('reading a scanned text', () => {
  it('takes the meeting and the code from a check-in link', () => {
    expect(parseCheckIn(url)).toEqual({ meetingId, token: '29561234.q1Vb3lKx8s0dQ2m9ZxY7aA' });
    expect(parseCheckIn(`  http://127.0.0.1:5173/check-in/${meetingId.toUpperCase()}?code=a.b  `, 'x')).toEqual({
      meetingId,
      token: 'a.b',
    });
  });

  it('takes a bare code for the page’s meeting, and nothing else', () => {
    expect(parseCheckIn('29561234.abc', meetingId)).toEqual({ meetingId, token: '29561234.abc' });
    expect(parseCheckIn('29561234.abc')).toBeNull();
    expect(parseCheckIn('https://example.org/check-in/whatever?code=1', meetingId)).toBeNull();
    expect(parseCheckIn(`https://karta.example/check-in/${meetingId}`, meetingId)).toBeNull();
    expect(parseCheckIn('два слова', meetingId)).toBeNull();
    expect(parseCheckIn('', meetingId)).toBeNull();
  });
});

/**
 * jsdom has no layout: matchMedia answers min-width/max-width queries from a width set per test
 * (390 px, a phone, unless a test asks for a desktop).
 */
let width = 390;

export const PHONE_WIDTH = 390;
export const DESKTOP_WIDTH = 1280;

export function setViewportWidth(px: number) {
  width = px;
}

function toPx(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'em' || unit === 'rem' ? n * 16 : n;
}

export function evaluateMediaQuery(query: string): boolean {
  let matches = true;
  for (const [, kind, value, unit] of query.matchAll(/\((min|max)-width:\s*([\d.]+)(px|em|rem)\)/g)) {
    const px = toPx(value ?? '0', unit ?? 'px');
    matches &&= kind === 'min' ? width >= px : width <= px;
  }
  if (/prefers-color-scheme:\s*dark/.test(query) || /prefers-reduced-motion/.test(query)) return false;
  return matches;
}

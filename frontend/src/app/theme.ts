import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  luminance,
  parseThemeColor,
  rem,
  type CSSVariablesResolver,
  type MantineTheme,
  type VariantColorsResolver,
} from '@mantine/core';

/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

/** The WCAG contrast ratio of two opaque colours (hex or rgb). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour itself when `text` on it (or it on `background`) reads at 4.5:1, else the colour darkened until it does. */
function darkenUntilReadable(color: string, against: string): string {
  let result = color;
  for (let step = 1; contrastRatio(result, against) < MIN_TEXT_CONTRAST && step <= 20; step += 1) {
    result = darken(color, step * 0.05);
  }
  return result;
}

/** The first shade from `from` on that is readable on `background` (darkened further when even shade 9 is not). */
function readableShade(theme: MantineTheme, color: string, from: number, background: string): string {
  const shades = theme.colors[color]!;
  for (let shade = from; shade <= 9; shade += 1) {
    if (contrastRatio(shades[shade]!, background) >= MIN_TEXT_CONTRAST) return shades[shade]!;
  }
  return darkenUntilReadable(shades[9]!, background);
}

/**
 * Mantine's colours, with every text at least 4.5:1 on what is behind it. Mantine's own resolver fills a "light"
 * variant with the given shade when one is named (`color="red.9"` gave a solid red alert with red text on it, 1:1)
 * and makes "subtle" text lighter than asked; white text on a filled green-9 is 4.4:1. Here:
 * - light: the colour's palest shade behind text of the given shade (or darker), with a visible border;
 * - subtle and transparent: the given shade (or darker) on the page, and a subtle one hovered on the colour's palest
 *   shade (Mantine's hover, a mid shade, left the text of an expanded «Изменить» at 3.3:1);
 * - filled: the given shade, darkened when white text on it would be under 4.5:1.
 */
export const variantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  if (!parsed.isThemeColor || !input.theme.colors[parsed.color]) return defaults;
  const shades = input.theme.colors[parsed.color]!;
  const shade = parsed.shade ?? 8;
  const white = input.theme.white;

  switch (input.variant) {
    case 'light': {
      const background = shades[0]!;
      return {
        background,
        hover: shades[1]!,
        color: readableShade(input.theme, parsed.color, shade, shades[1]!),
        border: `${rem(1)} solid ${shades[3]!}`,
      };
    }
    case 'subtle':
      return { ...defaults, hover: shades[0]!, color: readableShade(input.theme, parsed.color, shade, shades[0]!) };
    case 'transparent':
      return { ...defaults, color: readableShade(input.theme, parsed.color, shade, shades[0]!) };
    case 'filled': {
      if (parsed.isLight) return defaults;
      const background = darkenUntilReadable(shades[shade]!, white);
      return { ...defaults, background, hover: darken(background, 0.1), color: 'var(--mantine-color-white)' };
    }
    default:
      return defaults;
  }
};

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 of blue on white is 4.9:1, so filled buttons and links meet WCAG AA.
  primaryShade: { light: 8, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  variantColorResolver,
});

/**
 * Dimmed text one shade darker than Mantine's default (4.5:1 instead of 3.3:1 on white), placeholders (such
 * as the date filters' "Любая дата") as dark as dimmed text: Mantine's gray-5 placeholder was 2.1:1, and the error
 * text under a field in red-9 (5.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // A field's error text: Mantine's red-6 was 3.3:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

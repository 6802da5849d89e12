import { describe, expect, it } from 'vitest';
import { contrastRatio, cssVariablesResolver, MIN_TEXT_CONTRAST, theme, variantColorResolver } from '@/app/theme';
import { mergeMantineTheme, DEFAULT_THEME } from '@mantine/core';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const WHITE = '#ffffff';

function colours(color: string, variant: string) {
  return variantColorResolver({ color, theme: full, variant });
}

describe('theme colours', () => {
  // Every colour the app names, with and without a shade.
  const named = [
    'blue',
    'blue.8',
    'red',
    'red.9',
    'green',
    'green.9',
    'gray.7',
    'grape.9',
    'indigo.9',
    'orange.9',
    'yellow.9',
    'teal.9',
    'dark',
  ];

  it.each(named)('light %s: text and hover text at least 4.5:1 on a pale background, not a solid block', (color) => {
    const { background, hover, color: text } = colours(color, 'light');
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(text, hover)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    // Pale: black body text on it reads at more than 12:1.
    expect(contrastRatio('#000000', background)).toBeGreaterThan(12);
  });

  it.each(named)('filled %s: white text at least 4.5:1', (color) => {
    const { background, color: text } = colours(color, 'filled');
    expect(text).toBe('var(--mantine-color-white)');
    expect(contrastRatio(WHITE, background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it.each(named)('subtle %s: text at least 4.5:1 on the page and on its hover', (color) => {
    const { color: text } = colours(color, 'subtle');
    expect(contrastRatio(text, WHITE)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it.each(['--mantine-color-dimmed', '--mantine-color-placeholder', '--mantine-color-error'])(
    '%s (dimmed text, placeholders, field errors) reads at 4.5:1 on white',
    (name) => {
      const value = (cssVariablesResolver(full).light as Record<string, string | undefined>)[name];
      const shade = /^var\(--mantine-color-(\w+)-(\d)\)$/.exec(value ?? '');
      expect(shade, `${name} = ${value}`).not.toBeNull();
      expect(contrastRatio(full.colors[shade![1]!]![Number(shade![2])]!, WHITE)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    },
  );

  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 1);
  });
});

import { describe, expect, it } from 'vitest';
import { editableNumber, formatNumber, parseNumber } from './numbers';

describe('numbers as an accountant types them', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1234.5', 1234.5],
    ['  42 ', 42],
    ['-12,3', -12.3],
    ['−12,3', -12.3],
    ['0', 0],
    [',5', 0.5],
    ['7,', 7],
  ])('reads %j as %s', (text, value) => {
    expect(parseNumber(text)).toEqual({ kind: 'number', value });
  });

  it('reads an empty field as blank, never zero', () => {
    expect(parseNumber('')).toEqual({ kind: 'blank' });
    expect(parseNumber('   ')).toEqual({ kind: 'blank' });
  });

  it.each(['1,2,3', 'abc', '12a', '1.234,5', '--1', '-', ','])('refuses %j', (text) => {
    expect(parseNumber(text)).toEqual({ kind: 'invalid' });
  });

  it('shows Russian thousands and decimal comma, English too', () => {
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(16666.67, 'ru', 0)).toBe('16\u00a0667');
    expect(formatNumber(null, 'ru')).toBe('');
  });

  it('gives the value back for typing without separators', () => {
    expect(editableNumber(1234.5, 'ru')).toBe('1234,5');
    expect(editableNumber(1234.5, 'en')).toBe('1234.5');
    expect(editableNumber(null, 'ru')).toBe('');
  });
});

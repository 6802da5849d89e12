/**
 * Numbers as an accountant types them in Russian: "1 234,5" (a space or a no-break space between thousands, a comma
 * before the decimals), also "1234.5" pasted from elsewhere, and "-12,3" or "−12,3" for a loss. Blank is "not
 * reported", never zero.
 */

export type ParsedNumber = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const SPACES = /[\s\u00a0\u202f']/g;

export function parseNumber(text: string): ParsedNumber {
  const compact = text.replace(SPACES, '').replace(/^[−–]/, '-');
  if (compact === '') return { kind: 'blank' };
  // One decimal separator, a comma or a point; digits on at least one side of it.
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return { kind: 'invalid' };
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** The value as the form shows it when not being typed: "1 234,5" in Russian, "1,234.5" in English. */
export function formatNumber(value: number | null | undefined, language: string, decimals?: number): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ru-RU', {
    maximumFractionDigits: decimals ?? 20,
    minimumFractionDigits: 0,
  }).format(value);
}

/** The value as it is typed back: no thousands separators, the language's decimal mark ("1234,5"). */
export function editableNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return language === 'en' ? text : text.replace('.', ',');
}

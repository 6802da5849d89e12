import { describe, expect, it } from 'vitest';
import { isHttpUrl } from './http-url';
import { progressSchema, validateProgress } from './validation';

describe('progress update validation (the server rules)', () => {
  it('requires a text that is not blank', () => {
    expect(validateProgress({ text: '', evidenceUrl: '' }).text).toBe('progress.errors.textRequired');
    expect(validateProgress({ text: '   \n ', evidenceUrl: '' }).text).toBe('progress.errors.textRequired');
    expect(validateProgress({ text: 'Готово', evidenceUrl: '' })).toEqual({});
  });

  it('accepts 4000 characters and rejects 4001', () => {
    expect(validateProgress({ text: 'я'.repeat(4000), evidenceUrl: '' })).toEqual({});
    expect(validateProgress({ text: 'я'.repeat(4001), evidenceUrl: '' }).text).toBe('progress.errors.textTooLong');
  });

  it('accepts only http and https evidence links', () => {
    expect(isHttpUrl('https://example.org/a.pdf')).toBe(true);
    expect(isHttpUrl('http://127.0.0.1:8080/x')).toBe(true);
    expect(isHttpUrl('ftp://example.org/a')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('example.org')).toBe(false);
    expect(validateProgress({ text: 'x', evidenceUrl: 'not a url' }).evidenceUrl).toBe('progress.errors.evidenceUrl');
    expect(validateProgress({ text: 'x', evidenceUrl: '  ' })).toEqual({});
  });

  it('accepts no status or one of the item statuses, nothing else', () => {
    const schema = progressSchema();
    expect(schema.safeParse({ text: 'x', status: '', evidenceUrl: '' }).success).toBe(true);
    expect(schema.safeParse({ text: 'x', status: 'DONE', evidenceUrl: '' }).success).toBe(true);
    expect(schema.safeParse({ text: 'x', status: 'FINISHED', evidenceUrl: '' }).success).toBe(false);
  });

  it('gives the messages the form shows', () => {
    const result = progressSchema((key) => `«${key}»`).safeParse({ text: ' ', status: '', evidenceUrl: 'ftp://x' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['text', '«progress.errors.textRequired»'],
      ['evidenceUrl', '«progress.errors.evidenceUrl»'],
    ]);
  });
});

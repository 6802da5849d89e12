import { PROGRESS_TEXT_MAX } from '@/config/constants';

/** The server's rules for a progress update, checked before sending. Values are message keys. */
export interface ProgressFormErrors {
  text?: string;
  evidenceUrl?: string;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function validateProgress(values: { text: string; evidenceUrl: string }): ProgressFormErrors {
  const errors: ProgressFormErrors = {};
  if (values.text.trim() === '') errors.text = 'progress.errors.textRequired';
  else if (values.text.length > PROGRESS_TEXT_MAX) errors.text = 'progress.errors.textTooLong';
  const url = values.evidenceUrl.trim();
  if (url !== '' && !isHttpUrl(url)) errors.evidenceUrl = 'progress.errors.evidenceUrl';
  return errors;
}

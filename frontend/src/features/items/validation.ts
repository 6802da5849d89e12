import { z } from 'zod';
import { PROGRESS_TEXT_MAX } from '@/config/constants';
import { ITEM_STATUSES } from '@/lib/api/types';
import { isHttpUrl } from './http-url';

/** Message keys (src/i18n) of the progress form's own checks. */
export type ProgressErrorKey = 'progress.errors.textRequired' | 'progress.errors.textTooLong' | 'progress.errors.evidenceUrl';

/**
 * The server's rules for a progress update (ProgressUpdateInput), checked before sending: a text that is not
 * blank and at most 4000 characters, an optional http(s) evidence link, an optional new status. `message` turns
 * a key into the text shown (the form passes i18next's `t`).
 */
export function progressSchema(message: (key: ProgressErrorKey) => string = (key) => key) {
  return z.object({
    text: z
      .string()
      .refine((text) => text.trim() !== '', { message: message('progress.errors.textRequired') })
      .refine((text) => text.length <= PROGRESS_TEXT_MAX, { message: message('progress.errors.textTooLong') }),
    status: z.union([z.literal(''), z.enum(ITEM_STATUSES)]),
    evidenceUrl: z
      .string()
      .refine((url) => url.trim() === '' || isHttpUrl(url.trim()), { message: message('progress.errors.evidenceUrl') }),
  });
}

export type ProgressFormValues = z.infer<ReturnType<typeof progressSchema>>;

export const emptyProgressForm: ProgressFormValues = { text: '', status: '', evidenceUrl: '' };

/** The first message key of each field that breaks a rule (an empty object when the values are valid). */
export function validateProgress(values: Partial<ProgressFormValues>): Partial<Record<keyof ProgressFormValues, ProgressErrorKey>> {
  const result = progressSchema().safeParse({ ...emptyProgressForm, ...values });
  const errors: Partial<Record<keyof ProgressFormValues, ProgressErrorKey>> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0] as keyof ProgressFormValues;
    errors[field] ??= issue.message as ProgressErrorKey;
  }
  return errors;
}

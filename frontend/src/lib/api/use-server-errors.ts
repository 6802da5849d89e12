import type { LooseKeys, UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './problem';

function hasPath(values: unknown, path: readonly string[]): boolean {
  let current: unknown = values;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return path.length > 0;
}

/**
 * The form field a server field name points at, in the form's path notation. The server names a field by its JSON
 * path in the request body ("text", "deadline.text", "responsible[0].organisationId" → "responsible.0.organisationId").
 * Undefined when the form has no such field.
 */
export function formFieldFor(serverField: string, values: object): string | undefined {
  const path = serverField
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  return hasPath(values, path) ? path.join('.') : undefined;
}

/**
 * Shows a failed submit on a @mantine/form form: each field error of the problem+json answer goes under its field
 * (form.setFieldError); what belongs to no field (the problem's detail, errors of unknown fields, a network
 * failure) comes back as `message` for an alert above the submit button.
 */
export function useServerErrors<Values extends object>(form: UseFormReturnType<Values>) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);

  const show = (error: unknown) => {
    if (!isApiError(error)) {
      setMessage(t('errors.network'));
      return;
    }
    const placed = new Set<string>();
    const unplaced: string[] = [];
    for (const { field, message: text } of error.problem?.errors ?? []) {
      const path = field ? formFieldFor(field, form.getValues()) : undefined;
      if (!path) unplaced.push(text);
      else if (!placed.has(path)) {
        placed.add(path);
        form.setFieldError(path as LooseKeys<Values>, text);
      }
    }
    setMessage(placed.size === 0 || unplaced.length > 0 ? [error.message, ...unplaced].join(' ') : null);
  };

  return { message, show, clear: () => setMessage(null) };
}

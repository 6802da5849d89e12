import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ParamValue = string | readonly string[] | boolean | number | null | undefined;

/**
 * Filters, the sort order and the page live in the URL. `update` writes some parameters (empty values remove them)
 * and, unless told otherwise, drops `page` so a changed filter starts at page 1. History entries are replaced, not
 * pushed, unless `push` is set: then the browser's Back button undoes exactly that change (a sort step).
 */
export function useUrlParams() {
  const [searchParams, setSearchParams] = useSearchParams();

  const update = useCallback(
    (changes: Record<string, ParamValue>, options: { keepPage?: boolean; push?: boolean } = {}) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (!options.keepPage) next.delete('page');
          for (const [key, value] of Object.entries(changes)) {
            next.delete(key);
            if (value === null || value === undefined || value === false || value === '') continue;
            if (Array.isArray(value)) {
              for (const entry of value as readonly string[]) next.append(key, entry);
            } else {
              next.set(key, String(value));
            }
          }
          return next;
        },
        { replace: !options.push },
      );
    },
    [setSearchParams],
  );

  return { searchParams, update };
}

/** The 1-based page number from the URL (invalid or missing: 1). */
export function pageFromParams(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** A date parameter as "YYYY-MM-DD", or undefined when missing or malformed. */
export function dateFromParams(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

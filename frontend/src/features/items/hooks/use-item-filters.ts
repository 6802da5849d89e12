import { useMemo } from 'react';
import { dateFromParams, pageFromParams, useUrlParams } from '@/hooks/use-url-params';
import { isItemStatus, type ItemStatus } from '@/lib/api/types';
import type { ItemFilters } from '../api/items';

const FILTER_KEYS = ['status', 'organisationId', 'overdue', 'q', 'dueAfter', 'dueBefore'] as const;

export function filtersFromParams(params: URLSearchParams): ItemFilters {
  const q = params.get('q')?.trim();
  const organisationId = params.get('organisationId') ?? undefined;
  return {
    status: [...new Set(params.getAll('status').filter(isItemStatus))],
    organisationId: organisationId || undefined,
    overdue: params.get('overdue') === 'true',
    q: q || undefined,
    dueAfter: dateFromParams(params, 'dueAfter'),
    dueBefore: dateFromParams(params, 'dueBefore'),
    page: pageFromParams(params),
  };
}

/** The item filters, read from and written to the URL's search parameters. */
export function useItemFilters() {
  const { searchParams, update } = useUrlParams();
  const filters = useMemo(() => filtersFromParams(searchParams), [searchParams]);
  const activeCount = FILTER_KEYS.filter((key) => searchParams.has(key)).length;

  return {
    filters,
    activeCount,
    setStatus: (status: ItemStatus[]) => update({ status }),
    setOrganisation: (organisationId: string | null) => update({ organisationId }),
    setOverdue: (overdue: boolean) => update({ overdue }),
    setQuery: (q: string) => update({ q }),
    setDueAfter: (date: string | null) => update({ dueAfter: date }),
    setDueBefore: (date: string | null) => update({ dueBefore: date }),
    setPage: (page: number) => update({ page: page > 1 ? page : null }, { keepPage: true }),
    reset: () => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, null]))),
  };
}

export type ItemFilterControls = ReturnType<typeof useItemFilters>;

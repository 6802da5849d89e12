import { useMemo } from 'react';
import { dateFromParams, pageFromParams, useUrlParams } from '@/hooks/use-url-params';
import { isItemStatus, type ItemStatus } from '@/lib/api/types';
import { DEFAULT_ITEM_SORT, isItemSort, type ItemFilters, type ItemSort } from '../api/items';

const FILTER_KEYS = ['status', 'organisationId', 'overdue', 'q', 'dueAfter', 'dueBefore'] as const;

export function filtersFromParams(params: URLSearchParams): ItemFilters {
  const q = params.get('q')?.trim();
  const organisationId = params.get('organisationId') ?? undefined;
  const sort = params.get('sort');
  return {
    status: [...new Set(params.getAll('status').filter(isItemStatus))],
    organisationId: organisationId || undefined,
    overdue: params.get('overdue') === 'true',
    q: q || undefined,
    dueAfter: dateFromParams(params, 'dueAfter'),
    dueBefore: dateFromParams(params, 'dueBefore'),
    sort: isItemSort(sort) ? sort : DEFAULT_ITEM_SORT,
    page: pageFromParams(params),
  };
}

/**
 * The item filters and sort order, read from and written to the URL's search parameters. A filter change replaces
 * the history entry; a sort change pushes one, so Back undoes one sort step. "Reset filters" keeps the sort.
 */
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
    setSort: (sort: ItemSort) => update({ sort: sort === DEFAULT_ITEM_SORT ? null : sort }, { push: true }),
    setPage: (page: number) => update({ page: page > 1 ? page : null }, { keepPage: true }),
    reset: () => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, null]))),
  };
}

export type ItemFilterControls = ReturnType<typeof useItemFilters>;

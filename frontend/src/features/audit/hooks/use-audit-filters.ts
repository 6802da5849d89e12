import { useMemo } from 'react';
import { dateFromParams, pageFromParams, useUrlParams } from '@/hooks/use-url-params';
import type { AuditFilters } from '../api/audit';

/** The audit log's filters live in the URL: actor, objectType, objectId, from, to and page. */
export function useAuditFilters() {
  const { searchParams, update } = useUrlParams();
  const filters = useMemo<AuditFilters>(() => {
    const text = (key: string) => searchParams.get(key)?.trim() || undefined;
    return {
      actor: text('actor'),
      objectType: text('objectType'),
      objectId: text('objectId'),
      from: dateFromParams(searchParams, 'from'),
      to: dateFromParams(searchParams, 'to'),
      page: pageFromParams(searchParams),
    };
  }, [searchParams]);
  return {
    filters,
    set: (changes: Partial<Record<'actor' | 'objectType' | 'objectId' | 'from' | 'to', string | null>>) => update(changes),
    setPage: (page: number) => update({ page: page > 1 ? page : null }, { keepPage: true }),
  };
}

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { PAGE_SIZE } from '@/config/constants';
import { parseDate } from '@/i18n/format';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { AuditEventList } from '@/lib/api/types';
import { fileNameOf, saveBlob } from '@/lib/download';

export interface AuditFilters {
  actor?: string;
  objectType?: string;
  objectId?: string;
  /** Calendar dates ("YYYY-MM-DD"), both included. */
  from?: string;
  to?: string;
  /** 1-based. */
  page: number;
}

/** The start of a calendar day here, as an instant; `nextDay` gives the start of the day after (the API's `to` is exclusive). */
function startOfDay(date: string, nextDay = false): string | undefined {
  const day = parseDate(date);
  if (!day) return undefined;
  if (nextDay) day.setDate(day.getDate() + 1);
  return day.toISOString();
}

/** The API's query for the filters (without page and format). */
export function auditQuery(filters: AuditFilters) {
  const from = filters.from ? startOfDay(filters.from) : undefined;
  const to = filters.to ? startOfDay(filters.to, true) : undefined;
  return {
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.objectType ? { objectType: filters.objectType } : {}),
    ...(filters.objectId ? { objectId: filters.objectId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

export function useAuditEvents(filters: AuditFilters) {
  const api = useApiClient();
  const query = { ...auditQuery(filters), page: filters.page - 1, size: PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.auditEvents(query),
    // Without format=csv the answer is JSON (the contract lists the CSV body beside it).
    queryFn: async (): Promise<AuditEventList> => unwrap(await api.GET('/api/v1/audit-events', { params: { query } })) as AuditEventList,
    placeholderData: keepPreviousData,
  });
}

/** Downloads the whole filtered log as CSV (the bearer token goes with the request, so it is fetched, not linked). */
export function useAuditCsvDownload() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (filters: AuditFilters): Promise<void> => {
      const query = { ...auditQuery(filters), format: 'csv' as const };
      const result = await api.GET('/api/v1/audit-events', { params: { query }, parseAs: 'blob' });
      saveBlob(unwrap(result), fileNameOf(result.response.headers.get('Content-Disposition'), 'karta-audit.csv'));
    },
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ConsolidatedSummary, ReportCompleteness } from '@/lib/api/types';

/** Who reported each quarter of a year, on time or late, and who did not. Every role may read it. */
export function useReportCompleteness(year: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.reportCompleteness(year),
    queryFn: async (): Promise<ReportCompleteness> =>
      unwrap(await api.GET('/api/v1/quarterly-reports/completeness', { params: { query: { year } } })),
    placeholderData: keepPreviousData,
  });
}

/** The cluster's totals for a quarter and the year to date, with the year's trends. Every role may read it. */
export function useConsolidatedSummary(period: string, includeSubmitted: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.reportSummary(period, includeSubmitted),
    queryFn: async (): Promise<ConsolidatedSummary> =>
      unwrap(
        await api.GET('/api/v1/quarterly-reports/summary', {
          params: { query: { period, ...(includeSubmitted ? { includeSubmitted } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

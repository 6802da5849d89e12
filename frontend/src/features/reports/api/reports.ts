import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { QuarterlyReport, QuarterlyReportList, ReportForm, ReportStatus } from '@/lib/api/types';

/** The form a report was filled in (its version), or the one in force now. */
export function useReportForm(version?: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.reportForm(version),
    queryFn: async (): Promise<ReportForm> =>
      version === undefined
        ? unwrap(await api.GET('/api/v1/report-forms/current'))
        : unwrap(await api.GET('/api/v1/report-forms/{version}', { params: { path: { version: String(version) } } })),
    // A form version never changes once published.
    staleTime: version === undefined ? 60 * 60 * 1000 : Number.POSITIVE_INFINITY,
  });
}

export interface ReportFilters {
  period?: string;
  organisationId?: string;
  status: ReportStatus[];
}

export function useReports(filters: ReportFilters, options: { enabled?: boolean } = {}) {
  const api = useApiClient();
  const query = {
    ...(filters.period ? { period: filters.period } : {}),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
    ...(filters.status.length > 0 ? { status: filters.status } : {}),
    sort: '-period',
    size: MAX_PAGE_SIZE,
  };
  return useQuery({
    queryKey: queryKeys.reports(query),
    queryFn: async (): Promise<QuarterlyReportList> => unwrap(await api.GET('/api/v1/quarterly-reports', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useReport(reportId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.report(reportId),
    queryFn: async (): Promise<QuarterlyReport> =>
      unwrap(await api.GET('/api/v1/quarterly-reports/{id}', { params: { path: { id: reportId } } })),
    enabled: Boolean(reportId),
  });
}

export function useCreateReport() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { period: string; organisationId?: string }): Promise<QuarterlyReport> =>
      unwrap(await api.POST('/api/v1/quarterly-reports', { body: input })),
    onSuccess: (report) => {
      queryClient.setQueryData(queryKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports() });
    },
  });
}

/** Saves the whole entered content: values left out become blank. Used by the autosave, not by a button. */
export function useSaveReportRequest() {
  const api = useApiClient();
  return async (
    reportId: string,
    body: { values: Record<string, number | null>; comment: string | null; version: number },
  ): Promise<QuarterlyReport> => unwrap(await api.PUT('/api/v1/quarterly-reports/{id}', { params: { path: { id: reportId } }, body }));
}

export type ReportAction = 'submit' | 'accept' | 'return' | 'reopen';

/** Submit, accept, return (with the association's comment) or reopen. */
export function useReportAction(reportId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, comment }: { action: ReportAction; comment?: string }): Promise<QuarterlyReport> => {
      const params = { path: { id: reportId } };
      switch (action) {
        case 'submit':
          return unwrap(await api.POST('/api/v1/quarterly-reports/{id}/submit', { params }));
        case 'accept':
          return unwrap(await api.POST('/api/v1/quarterly-reports/{id}/accept', { params }));
        case 'return':
          return unwrap(await api.POST('/api/v1/quarterly-reports/{id}/return', { params, body: { comment: comment ?? '' } }));
        default:
          return unwrap(await api.POST('/api/v1/quarterly-reports/{id}/reopen', { params }));
      }
    },
    onSuccess: (report) => {
      queryClient.setQueryData(queryKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports() });
    },
  });
}

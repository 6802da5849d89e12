import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ReportImport } from '@/lib/api/types';
import { fileNameOf, saveBlob } from '@/lib/download';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ExportFormat = 'xlsx' | 'csv';

/** What an export covers: one quarter or a whole year, and whether submitted reports count in the totals. */
export type ExportScope = { period: string; includeSubmitted?: boolean } | { year: number; includeSubmitted?: boolean };

/**
 * Downloads the export of a quarter or a year (XLSX or CSV) and saves it under the server's file name. Every role may
 * export; the server leaves out the rows of organisations whose values the caller may not read.
 */
export function useExportDownload() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async ({ scope, format }: { scope: ExportScope; format: ExportFormat }): Promise<void> => {
      const { includeSubmitted, ...covered } = scope;
      const query = { ...covered, format, ...(includeSubmitted ? { includeSubmitted } : {}) };
      const result = await api.GET('/api/v1/quarterly-reports/export', { params: { query }, parseAs: 'blob' });
      const blob = unwrap(result);
      const what = 'period' in scope ? scope.period : String(scope.year);
      saveBlob(blob, fileNameOf(result.response.headers.get('Content-Disposition'), `karta-reports-${what}.${format}`));
    },
  });
}

/** Downloads a report as an XLSX template to fill in Excel or LibreOffice. */
export function useTemplateDownload(reportId: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (): Promise<void> => {
      const result = await api.GET('/api/v1/quarterly-reports/{id}/template.xlsx', {
        params: { path: { id: reportId } },
        parseAs: 'blob',
      });
      const blob = unwrap(result);
      saveBlob(blob, fileNameOf(result.response.headers.get('Content-Disposition'), 'karta-report.xlsx'));
    },
  });
}

/** The bytes of a picked file (sent as they are: the body of an upload is the XLSX file itself). */
async function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Response(file).arrayBuffer();
}

/**
 * Uploads a filled template: with `dryRun` the server reads it and answers what would change and what the form's
 * rules find, saving nothing; without it the values are saved on `version` (the one the preview was read against).
 */
export function useImportReport(reportId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun, version }: { file: Blob; dryRun: boolean; version?: number }): Promise<ReportImport> => {
      const bytes = await bytesOf(file);
      return unwrap(
        await api.POST('/api/v1/quarterly-reports/{id}/import', {
          params: { path: { id: reportId }, query: dryRun ? { dryRun: true } : { version } },
          // The generated type of a binary body is a string; the body is the file's bytes, as they are.
          body: bytes as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': XLSX_TYPE },
        }),
      );
    },
    onSuccess: (result) => {
      if (result.report) {
        queryClient.setQueryData(queryKeys.report(result.report.id), result.report);
        void queryClient.invalidateQueries({ queryKey: queryKeys.reports() });
      }
    },
  });
}

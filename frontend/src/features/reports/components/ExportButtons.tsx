import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { type ExportFormat, type ExportScope, useExportDownload } from '../api/spreadsheets';

/**
 * "Выгрузить XLSX" and "CSV" for a quarter or a year. Every role may export: the server leaves out the rows of the
 * organisations whose values the caller may not read (departments and scripts get the totals and completeness).
 * The file comes through the API client with the caller's token and is saved under the server's name.
 */
export function ExportButtons({ scope, what }: { scope: ExportScope; what: string }) {
  const { t } = useTranslation();
  const download = useExportDownload();
  const busy = (format: ExportFormat) => download.isPending && download.variables?.format === format;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap" align="center" role="group" aria-label={t('reports.export.label', { what })}>
        <Text size="sm" c="dimmed">
          {t('reports.export.label', { what })}
        </Text>
        <Button variant="default" size="sm" loading={busy('xlsx')} onClick={() => download.mutate({ scope, format: 'xlsx' })}>
          {t('reports.export.xlsx')}
        </Button>
        <Button
          variant="default"
          size="sm"
          loading={busy('csv')}
          aria-label={t('reports.export.csvLabel')}
          onClick={() => download.mutate({ scope, format: 'csv' })}
        >
          {t('reports.export.csv')}
        </Button>
      </Group>
      {download.isError && (
        <Alert color="red.9" variant="light" role="alert" title={t('reports.export.failed')}>
          {isApiError(download.error) ? download.error.message : t('errors.network')}
        </Alert>
      )}
    </Stack>
  );
}

import { Alert, Button, FileButton, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import { isApiError } from '@/lib/api/problem';
import type { QuarterlyReport, ReportForm, ReportImport } from '@/lib/api/types';
import { useImportReport, useTemplateDownload, XLSX_TYPE } from '../api/spreadsheets';
import { formatNumber } from '../numbers';

type Failure = { title: string; message: string; details: string[] };

function failureOf(error: unknown, title: string, network: string): Failure {
  if (!isApiError(error)) return { title, message: network, details: [] };
  return {
    title,
    message: error.message,
    details: (error.problem?.errors ?? []).map((field) => field.message ?? '').filter(Boolean),
  };
}

/**
 * The report as a spreadsheet: the template to download (the form with the report's values, to fill in Excel or
 * LibreOffice) and, for its organisation while it may edit, a filled template to upload. An upload is read by the
 * server first and nothing is saved until the preview (what changes, what the form's rules find) is confirmed.
 */
export function ReportSpreadsheet({
  report,
  form,
  editable,
  beforeUpload,
  onSaved,
}: {
  report: QuarterlyReport;
  form: ReportForm;
  editable: boolean;
  /** Sends what is typed but unsent, so the preview compares with what the server really has. */
  beforeUpload: () => Promise<void>;
  onSaved: (saved: QuarterlyReport) => void;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const template = useTemplateDownload(report.id);
  const upload = useImportReport(report.id);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ReportImport | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const reset = useRef<() => void>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const choose = async (picked: File | null) => {
    // the same file may be chosen again after it was corrected
    reset.current?.();
    if (!picked) return;
    setFailure(null);
    setPreview(null);
    setSaved(false);
    await beforeUpload();
    upload.mutate(
      { file: picked, dryRun: true },
      {
        onSuccess: (result) => {
          setFile(picked);
          setPreview(result);
        },
        onError: (error) => setFailure(failureOf(error, t('reports.xlsx.refused'), t('errors.network'))),
      },
    );
  };
  const apply = () => {
    if (!file || !preview) return;
    setFailure(null);
    upload.mutate(
      { file, dryRun: false, version: preview.version },
      {
        onSuccess: (result) => {
          setPreview(null);
          setFile(null);
          setSaved(true);
          if (result.report) onSaved(result.report);
        },
        onError: (error) => setFailure(failureOf(error, t('reports.xlsx.notSaved'), t('errors.network'))),
      },
    );
  };
  const cancel = () => {
    setPreview(null);
    setFile(null);
  };

  const named = new Map(form.indicators.map((indicator) => [indicator.code, language === 'en' ? indicator.nameEn : indicator.nameRu]));
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? t('reports.xlsx.blank') : formatNumber(value, language);
  const changed = preview ? preview.lines.filter((line) => line.changed) : [];
  const commentCode = form.indicators.find((indicator) => indicator.type === 'TEXT')?.code ?? 'N01';

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="report-xlsx-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="report-xlsx-title">
          {t('reports.xlsx.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {editable ? t('reports.xlsx.hintEdit') : t('reports.xlsx.hintRead')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Button
            variant="default"
            loading={template.isPending}
            onClick={() =>
              template.mutate(undefined, {
                onError: (error) => setFailure(failureOf(error, t('reports.xlsx.downloadFailed'), t('errors.network'))),
              })
            }
          >
            {t('reports.xlsx.template')}
          </Button>
          {editable && (
            <FileButton
              onChange={(picked) => void choose(picked)}
              accept={`.xlsx,${XLSX_TYPE}`}
              resetRef={reset}
              inputProps={{ 'aria-label': t('reports.xlsx.fileLabel') }}
            >
              {(props) => (
                <Button {...props} variant="default" loading={upload.isPending && !preview}>
                  {t('reports.xlsx.upload')}
                </Button>
              )}
            </FileButton>
          )}
        </Group>

        <div aria-live="polite">
          {saved && (
            <Alert
              color="green.9"
              variant="light"
              role="status"
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => setSaved(false)}
            >
              {t('reports.xlsx.saved')}
            </Alert>
          )}
          {failure && (
            <Alert color="red.9" variant="light" role="alert" title={failure.title}>
              {failure.message}
              {failure.details.length > 0 && (
                <Stack component="ul" gap={2} mt={4}>
                  {failure.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </Stack>
              )}
            </Alert>
          )}
        </div>

        {preview && (
          <Stack gap="xs" data-testid="xlsx-preview">
            <Title order={3} size="h5" ref={previewHeading} tabIndex={-1}>
              {file ? t('reports.xlsx.previewTitle', { name: file.name }) : t('reports.xlsx.previewTitleNoName')}
            </Title>
            <Text size="sm">
              {preview.changes === 0 ? t('reports.xlsx.noChanges') : t('reports.xlsx.changes', { count: preview.changes })}
            </Text>
            {preview.changes > 0 && (
              <ScrollArea type="auto">
                <Table striped aria-label={t('reports.xlsx.tableLabel')} verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.xlsx.columnIndicator')}</Table.Th>
                      <Table.Th>{t('reports.xlsx.columnCurrent')}</Table.Th>
                      <Table.Th>{t('reports.xlsx.columnFile')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {changed.map((line) => (
                      <Table.Tr key={line.code}>
                        <Table.Th scope="row" fw={400}>
                          {line.code} · {named.get(line.code) ?? line.code}
                        </Table.Th>
                        <Table.Td>{shown(line.current)}</Table.Td>
                        <Table.Td fw={700}>{shown(line.file)}</Table.Td>
                      </Table.Tr>
                    ))}
                    {preview.comment.changed && (
                      <Table.Tr>
                        <Table.Th scope="row" fw={400}>
                          {commentCode} · {named.get(commentCode) ?? commentCode}
                        </Table.Th>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{preview.comment.current ?? t('reports.xlsx.blank')}</Table.Td>
                        <Table.Td fw={700} style={{ whiteSpace: 'pre-wrap' }}>
                          {preview.comment.file ?? t('reports.xlsx.blank')}
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Table.Tbody>
                </Table>
              </ScrollArea>
            )}
            <Text size="sm" fw={700}>
              {t('reports.xlsx.issuesTitle')}
            </Text>
            {preview.issues.length === 0 ? (
              <Text size="sm">{t('reports.xlsx.noIssues')}</Text>
            ) : (
              <>
                <Stack component="ul" gap={2} m={0} pl="md" aria-label={t('reports.xlsx.issuesTitle')}>
                  {preview.issues.map((issue, index) => (
                    <Text component="li" size="sm" key={`${issue.code}-${index}`} c={issue.severity === 'ERROR' ? 'red.9' : undefined}>
                      {issue.severity === 'ERROR' ? t('reports.xlsx.error') : t('reports.xlsx.warning')}: {issue.message}
                    </Text>
                  ))}
                </Stack>
                <Text size="sm" c="dimmed">
                  {t('reports.xlsx.issuesNote')}
                </Text>
              </>
            )}
            <Group gap="xs" wrap="wrap">
              <Button onClick={apply} loading={upload.isPending} disabled={preview.changes === 0}>
                {t('reports.xlsx.apply')}
              </Button>
              <Button variant="default" onClick={cancel} disabled={upload.isPending}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Card, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AppLink } from '@/components/ui/AppLink';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { ReportStatusBadge } from '@/components/ui/StatusBadge';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { useUrlParams } from '@/hooks/use-url-params';
import { useFormat } from '@/i18n/use-format';
import { isApiError } from '@/lib/api/problem';
import { REPORT_STATUSES, type QuarterlyReportSummary, type ReportStatus } from '@/lib/api/types';
import { useCreateReport, useReports } from '../api/reports';
import { quarterLabel, quarterOf, recentQuarters } from '../quarters';
import { ExportButtons } from './ExportButtons';

const QUARTERS_OFFERED = 8;

function isReportStatus(value: string | null): value is ReportStatus {
  return value !== null && (REPORT_STATUSES as readonly string[]).includes(value);
}

/**
 * Starts the caller's organisation's report for a quarter the server says is open (`periods`) and that has no report
 * yet, and opens it. The quarter just ended is offered first: it is the one an accountant reports on.
 */
function StartReport({ periods, taken }: { periods: readonly string[]; taken: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReport();
  const current = quarterOf(new Date());
  const free = periods.filter((period) => !taken.has(period));
  const [period, setPeriod] = useState(free.find((candidate) => candidate !== current) ?? free[0] ?? '');
  if (free.length === 0) return null;
  return (
    <Card withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('reports.startPeriod')}
            description={t('reports.startHint')}
            data={free.map((value) => ({ value, label: quarterLabel(value, t) }))}
            value={period}
            onChange={(event) => setPeriod(event.currentTarget.value)}
          />
          <Button
            loading={create.isPending}
            onClick={() => create.mutate({ period }, { onSuccess: (report) => void navigate(`/reports/${report.id}`) })}
          >
            {t('reports.start')}
          </Button>
        </Group>
        {create.isError && (
          <Alert color="red.9" variant="light" role="alert" title={t('errors.actionFailed')}>
            {isApiError(create.error) ? create.error.message : t('errors.network')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function ReportRows({ reports, withOrganisation }: { reports: readonly QuarterlyReportSummary[]; withOrganisation: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <Stack gap="sm">
        {reports.map((report) => (
          <Card key={report.id} withBorder radius="md" p="sm" component="article">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <AppLink to={`/reports/${report.id}`} fw={700}>
                {quarterLabel(report.period, t)}
              </AppLink>
              <ReportStatusBadge status={report.status} />
            </Group>
            {withOrganisation && <Text size="sm">{report.organisationName}</Text>}
            <Text size="sm" c="dimmed">
              {report.submittedAt
                ? `${t('reports.columns.submittedAt')}: ${format.date(report.submittedAt)}`
                : `${t('reports.columns.updatedAt')}: ${format.date(report.updatedAt)}`}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped highlightOnHover aria-label={t('reports.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.columns.period')}</Table.Th>
          {withOrganisation && <Table.Th>{t('reports.columns.organisation')}</Table.Th>}
          <Table.Th>{t('reports.columns.status')}</Table.Th>
          <Table.Th>{t('reports.columns.submittedAt')}</Table.Th>
          <Table.Th>{t('reports.columns.updatedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reports.map((report) => (
          <Table.Tr key={report.id}>
            <Table.Td>
              <AppLink to={`/reports/${report.id}`}>{quarterLabel(report.period, t)}</AppLink>
            </Table.Td>
            {withOrganisation && <Table.Td>{report.organisationName}</Table.Td>}
            <Table.Td>
              <ReportStatusBadge status={report.status} />
            </Table.Td>
            <Table.Td>{report.submittedAt ? format.date(report.submittedAt) : '—'}</Table.Td>
            <Table.Td>{format.date(report.updatedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The reports the caller may open: a member's own organisation's (and a way to start the next one), or every
 * organisation's for the association and ЦКР, filtered by quarter and status through the URL. Those who may not read
 * report values (departments, scripts) are told so.
 */
export function ReportList({ own }: { own: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { searchParams: params, update: setParams } = useUrlParams();
  const period = params.get('period') ?? undefined;
  const status = params.get('status');
  const reports = useReports({ period, status: isReportStatus(status) ? [status] : [] });

  if (reports.isPending) return <LoadingSkeleton rows={4} />;
  if (reports.isError) {
    if (isApiError(reports.error) && reports.error.status === 403) {
      return (
        <Alert color="blue.8" variant="light">
          {t('reports.notAllowed')}
        </Alert>
      );
    }
    return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;
  }
  const list = reports.data.items;
  const taken = new Set(list.map((report) => report.period));
  const periods = [...new Set([...recentQuarters(new Date(), QUARTERS_OFFERED), ...list.map((report) => report.period)])].sort().reverse();

  return (
    <Stack gap="md">
      {own && reports.data.permissions.create && !period && !status && (
        <StartReport periods={reports.data.permissions.periods} taken={taken} />
      )}
      {!own && (
        <Group gap="sm" wrap="wrap" align="flex-end">
          <NativeSelect
            label={t('reports.filters.period')}
            data={[
              { value: '', label: t('reports.filters.anyPeriod') },
              ...periods.map((value) => ({ value, label: quarterLabel(value, t) })),
            ]}
            value={period ?? ''}
            onChange={(event) => setParams({ period: event.currentTarget.value || null })}
          />
          <NativeSelect
            label={t('reports.filters.status')}
            data={[
              { value: '', label: t('reports.filters.anyStatus') },
              ...REPORT_STATUSES.map((value) => ({ value, label: t(`reports.status.${value}`) })),
            ]}
            value={status ?? ''}
            onChange={(event) => setParams({ status: event.currentTarget.value || null })}
          />
        </Group>
      )}
      <ExportButtons
        scope={period ? { period } : { year: new Date().getFullYear() }}
        what={period ? quarterLabel(period, t) : t('reports.export.year', { year: new Date().getFullYear() })}
      />
      <Text size="sm">{t('reports.count', { count: reports.data.totalItems, formatted: format.number(reports.data.totalItems) })}</Text>
      {list.length === 0 ? (
        <EmptyResult
          title={own ? t('reports.emptyMine') : t('reports.empty')}
          action={
            own ? undefined : (
              <Button component={Link} to="/reports" variant="default">
                {t('reports.filters.anyPeriod')}
              </Button>
            )
          }
        />
      ) : (
        <ReportRows reports={list} withOrganisation={!own} />
      )}
    </Stack>
  );
}

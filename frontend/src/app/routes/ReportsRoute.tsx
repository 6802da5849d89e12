import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppBreadcrumbs } from '@/components/ui/AppBreadcrumbs';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { useMe } from '@/features/auth';
import {
  ClusterSummaryView,
  CompletenessView,
  quarterLabel,
  ReportEditor,
  ReportList,
  ReportsTabs,
  useReport,
  useReportForm,
} from '@/features/reports';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { isApiError } from '@/lib/api/problem';
import { useDocumentTitle } from './use-document-title';

/** `/reports`: a member's own reports, or every organisation's for the association and ЦКР. */
export function ReportsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  // The list is the server's to filter; the page only words its title for the caller.
  const own = roles.includes('member') && !roles.includes('association') && !roles.includes('ckr');
  const title = own ? t('reports.myTitle') : t('reports.title');
  useDocumentTitle(title);
  if (me.isPending) return <LoadingSkeleton rows={4} />;
  return (
    <>
      <PageHeader title={title}>{own && me.data?.organisationName && <Text size="sm">{me.data.organisationName}</Text>}</PageHeader>
      <ReportsTabs />
      <ReportList own={own} />
    </>
  );
}

/** `/reports/:reportId`: one report, to fill in, check, submit, accept or return. */
export function ReportRoute() {
  const { reportId = '' } = useParams();
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const report = useReport(reportId);
  const form = useReportForm(report.data?.formVersion);
  const title = report.data ? t('reports.reportTitle', { quarter: quarterLabel(report.data.period, t) }) : t('reports.title');
  useDocumentTitle(title);

  if (report.isError || form.isError) {
    const error = report.error ?? form.error;
    if (isApiError(error) && error.status === 404) {
      return <EmptyResult title={t('reports.notFound')} action={<AppLink to="/reports">{t('nav.reports')}</AppLink>} />;
    }
    return <ErrorState error={error} onRetry={() => void Promise.all([report.refetch(), form.refetch()])} />;
  }
  const header = (
    <PageHeader
      title={title}
      size={isPhone ? 'h3' : 'h2'}
      above={<AppBreadcrumbs items={[{ to: '/reports', label: t('nav.reports') }]} />}
    />
  );
  if (report.isPending || form.isPending) {
    return (
      <>
        {header}
        <LoadingSkeleton rows={8} />
      </>
    );
  }
  return (
    <>
      {header}
      <ReportEditor key={report.data.id} report={report.data} form={form.data} />
    </>
  );
}

/** `/reports/completeness`: who handed in each quarter's report, on time or late. */
export function ReportCompletenessRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.completeness.title'));
  return (
    <>
      <PageHeader title={t('reports.completeness.title')} />
      <ReportsTabs />
      <CompletenessView />
    </>
  );
}

/** `/reports/summary`: the cluster's consolidated figures. */
export function ReportSummaryRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.summary.title'));
  return (
    <>
      <PageHeader title={t('reports.summary.title')} />
      <ReportsTabs />
      <ClusterSummaryView />
    </>
  );
}

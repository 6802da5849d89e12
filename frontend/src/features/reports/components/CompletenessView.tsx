import { BarChart } from '@mantine/charts';
import { Badge, Box, Card, Group, NativeSelect, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { BADGE_NEVER_CUT } from '@/components/ui/StatusBadge';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { useUrlParams } from '@/hooks/use-url-params';
import type { ReportCompleteness, ReportTimeliness } from '@/lib/api/types';
import { useReportCompleteness } from '../api/figures';
import { quarterLabel, quarterShortLabel } from '../quarters';
import { ExportButtons } from './ExportButtons';

const TIMELINESS_COLORS: Record<ReportTimeliness, string> = {
  ON_TIME: 'green',
  LATE: 'orange',
  MISSING: 'red',
  PENDING: 'blue',
  NOT_DUE: 'gray',
};
const CHARTED: ReportTimeliness[] = ['ON_TIME', 'LATE', 'MISSING', 'PENDING'];
const FIRST_YEAR = 2017;

type Cell = ReportCompleteness['organisations'][number]['quarters'][number];

function TimelinessBadge({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const badge = (
    <Badge color={TIMELINESS_COLORS[cell.status]} variant="light" radius="sm" tt="none" styles={BADGE_NEVER_CUT}>
      {t(`reports.timeliness.${cell.status}`)}
    </Badge>
  );
  // A report the caller may open is one tap away.
  return cell.reportId ? (
    <AppLink
      to={`/reports/${cell.reportId}`}
      aria-label={`${t(`reports.timeliness.${cell.status}`)}: ${t('reports.open')}`}
      className="karta-tap-link"
    >
      {badge}
    </AppLink>
  ) : (
    badge
  );
}

/**
 * For a year: which member enterprises reported each quarter on time, late or not at all, as a chart of the quarters
 * and a matrix of organisations × quarters (cards on a phone). Every role sees it; the association, ЦКР and each
 * member for its own row get links to the reports.
 */
export function CompletenessView() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { searchParams, update } = useUrlParams();
  const thisYear = new Date().getFullYear();
  const asked = Number(searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= thisYear ? asked : thisYear;
  const completeness = useReportCompleteness(year);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => String(thisYear - index));

  const chooser = (
    <NativeSelect
      label={t('reports.completeness.year')}
      data={years}
      value={String(year)}
      onChange={(event) => update({ year: event.currentTarget.value })}
      maw={160}
    />
  );
  if (completeness.isPending) {
    return (
      <Stack gap="md">
        {chooser}
        <LoadingSkeleton rows={5} />
      </Stack>
    );
  }
  if (completeness.isError) return <ErrorState error={completeness.error} onRetry={() => void completeness.refetch()} />;
  const data = completeness.data;
  const chart = data.totals.map((total) => ({
    period: quarterShortLabel(total.period, t),
    ON_TIME: total.onTime,
    LATE: total.late,
    MISSING: total.missing,
    PENDING: total.pending,
  }));

  return (
    <Stack gap="md">
      {chooser}
      <ExportButtons scope={{ year }} what={t('reports.export.year', { year })} />
      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="completeness-chart-title">
        <Title order={2} size="h4" id="completeness-chart-title" mb="xs">
          {t('reports.completeness.chartTitle', { year })}
        </Title>
        <Box role="img" aria-label={t('reports.completeness.chartTitle', { year })}>
          <BarChart
            h={220}
            barChartProps={{ accessibilityLayer: false }}
            xAxisProps={{ interval: 0 }}
            data={chart}
            dataKey="period"
            type="stacked"
            series={CHARTED.map((status) => ({
              name: status,
              label: t(`reports.timeliness.${status}`),
              color: `${TIMELINESS_COLORS[status]}.7`,
            }))}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
          />
        </Box>
        {/* The chart's figures, for those who do not see it. */}
        <Stack component="ul" gap={2} mt="xs" p={0} style={{ listStyle: 'none' }}>
          {data.totals.map((total) => (
            <Text component="li" size="sm" key={total.period}>
              {t('reports.completeness.quarterLine', {
                quarter: quarterLabel(total.period, t),
                submitted: total.submitted,
                expected: total.expected,
                onTime: total.onTime,
                late: total.late,
                missing: total.missing,
              })}
            </Text>
          ))}
        </Stack>
      </Paper>

      {data.organisations.length === 0 ? (
        <Text size="sm">{t('reports.completeness.nobody')}</Text>
      ) : isPhone ? (
        <Stack gap="sm">
          {data.organisations.map((row) => (
            <Card key={row.organisationId} withBorder radius="md" p="sm" component="article" aria-label={row.organisationName}>
              <Text fw={700} size="sm" mb={4}>
                {row.organisationName}
              </Text>
              <Stack gap={4}>
                {row.quarters.map((cell) => (
                  <Group key={cell.period} justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm">{quarterLabel(cell.period, t)}</Text>
                    <TimelinessBadge cell={cell} />
                  </Group>
                ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <ScrollArea type="auto">
          <Table striped aria-label={t('reports.completeness.tableTitle', { year })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.columns.organisation')}</Table.Th>
                {data.periods.map((period) => (
                  <Table.Th key={period}>{quarterLabel(period, t)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.organisations.map((row) => (
                <Table.Tr key={row.organisationId}>
                  <Table.Th scope="row" fw={400}>
                    {row.organisationName}
                  </Table.Th>
                  {row.quarters.map((cell) => (
                    <Table.Td key={cell.period}>
                      <TimelinessBadge cell={cell} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('reports.completeness.submittedRow')}</Table.Th>
                {data.totals.map((total) => (
                  <Table.Td key={total.period}>
                    {t('reports.completeness.submittedOf', { submitted: total.submitted, expected: total.expected })}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}

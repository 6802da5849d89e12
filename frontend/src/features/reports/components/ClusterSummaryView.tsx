import { BarChart, LineChart } from '@mantine/charts';
import { Badge, Box, Group, NativeSelect, Paper, ScrollArea, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { BADGE_NEVER_CUT } from '@/components/ui/StatusBadge';
import { useUrlParams } from '@/hooks/use-url-params';
import { useFormat } from '@/i18n/use-format';
import type { ConsolidatedSummary, ReportForm, ReportIndicator } from '@/lib/api/types';
import { useConsolidatedSummary } from '../api/figures';
import { useReportForm } from '../api/reports';
import { formatNumber } from '../numbers';
import { parseQuarter, previousQuarter, quarterLabel, quarterOf, quarterShortLabel, recentQuarters } from '../quarters';
import { ExportButtons } from './ExportButtons';

/** The figures on the cards, in this order. */
const KEY_FIGURES = ['R01', 'R02', 'R03', 'R04', 'P01', 'P04'];
/** The money flows drawn as lines over the year. */
const TREND_LINES = [
  { code: 'R01', color: 'blue.8' },
  { code: 'R02', color: 'teal.8' },
  { code: 'R03', color: 'grape.8' },
];
const FIRST_YEAR = 2017;

function periodsOffered(): string[] {
  const now = new Date();
  const count = (now.getFullYear() - FIRST_YEAR + 1) * 4;
  return recentQuarters(now, count).filter((period) => (parseQuarter(period)?.year ?? 0) >= FIRST_YEAR);
}

/**
 * The cluster's consolidated figures for a quarter and the year to date: the number of enterprises counted, the key
 * figures, R09 against the 20 % threshold of the federal cluster rules, the year's trends as charts (with their
 * figures in a table beside them), and every indicator's total. Accepted reports by default; submitted ones on request.
 */
export function ClusterSummaryView() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = format.language;
  const { searchParams, update } = useUrlParams();
  const offered = periodsOffered();
  const asked = searchParams.get('period') ?? '';
  const period = offered.includes(asked) ? asked : (previousQuarter(quarterOf(new Date())) ?? offered[0]!);
  const includeSubmitted = searchParams.get('submitted') === 'true';
  const summary = useConsolidatedSummary(period, includeSubmitted);
  const form = useReportForm(summary.data?.formVersion);

  const controls = (
    <Group gap="md" align="flex-end" wrap="wrap">
      <NativeSelect
        label={t('reports.summary.period')}
        data={offered.map((value) => ({ value, label: quarterLabel(value, t) }))}
        value={period}
        onChange={(event) => update({ period: event.currentTarget.value })}
      />
      <Switch
        label={t('reports.summary.includeSubmitted')}
        checked={includeSubmitted}
        onChange={(event) => update({ submitted: event.currentTarget.checked ? 'true' : null })}
      />
    </Group>
  );
  if (summary.isError || form.isError) {
    return <ErrorState error={summary.error ?? form.error} onRetry={() => void Promise.all([summary.refetch(), form.refetch()])} />;
  }
  if (summary.isPending || form.isPending) {
    return (
      <Stack gap="md">
        {controls}
        <LoadingSkeleton rows={6} />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {controls}
      <ExportButtons scope={{ period, includeSubmitted }} what={quarterLabel(period, t)} />
      <Figures summary={summary.data} form={form.data} language={language} />
    </Stack>
  );
}

function Figures({ summary, form, language }: { summary: ConsolidatedSummary; form: ReportForm; language: string }) {
  const { t } = useTranslation();
  const indicators = new Map(form.indicators.map((indicator) => [indicator.code, indicator]));
  const name = (indicator: ReportIndicator) => (language === 'en' ? indicator.nameEn : indicator.nameRu);
  const unit = (indicator: ReportIndicator) => (language === 'en' ? indicator.unitEn : indicator.unitRu) ?? '';
  const totalOf = (figures: ConsolidatedSummary['quarter'], code: string) => figures.computed[code] ?? figures.values[code];
  const show = (code: string, value: number | null | undefined) => {
    const indicator = indicators.get(code);
    if (value === null || value === undefined) return '—';
    return `${formatNumber(value, language, indicator?.decimals)} ${indicator ? unit(indicator) : ''}`.trim();
  };
  const quarters = summary.trends.quarters.map((quarter) => quarter.period);
  const series = (code: string) => summary.trends.series[code] ?? [];
  const trendData = quarters.map((period, index) => ({
    period: quarterShortLabel(period, t),
    ...Object.fromEntries(TREND_LINES.map(({ code }) => [code, series(code)[index]?.value ?? null])),
  }));
  const benchmark = summary.benchmarks.find((check) => check.indicator === 'R09');
  const shareData = quarters.map((period, index) => ({ period: quarterShortLabel(period, t), R09: series('R09')[index]?.value ?? null }));
  const entered = form.indicators.filter((indicator) => !indicator.computed && indicator.type !== 'TEXT');
  const computed = form.indicators.filter((indicator) => indicator.computed);

  return (
    <>
      <Text size="sm" data-testid="reporting-organisations">
        {t('reports.summary.counted', {
          reporting: summary.reportingOrganisations,
          expected: summary.expectedOrganisations,
          quarter: quarterLabel(summary.period, t),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {KEY_FIGURES.filter((code) => indicators.has(code)).map((code) => {
          const indicator = indicators.get(code)!;
          const quarter = totalOf(summary.quarter, code);
          const ytd = totalOf(summary.yearToDate, code);
          return (
            <Paper key={code} withBorder radius="md" p="sm" data-testid={`figure-${code}`}>
              <Text size="sm" fw={700}>
                {code} · {name(indicator)}
              </Text>
              <Text size="xl" fw={700}>
                {show(code, quarter?.value)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('reports.summary.fromReports', { count: quarter?.reports ?? 0 })} · {t('reports.summary.yearToDate')}:{' '}
                {show(code, ytd?.value)}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>

      {benchmark && (
        <Paper withBorder radius="md" p="sm" data-testid="benchmark-R09">
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={700}>
              R09 · {indicators.get('R09') ? name(indicators.get('R09')!) : 'R09'}: {show('R09', benchmark.quarter)}
            </Text>
            {benchmark.quarterMet !== null && (
              <Badge color={benchmark.quarterMet ? 'green' : 'red'} variant="light" radius="sm" tt="none" styles={BADGE_NEVER_CUT}>
                {benchmark.quarterMet
                  ? t('reports.form.benchmarkMet', { minimum: benchmark.minimum })
                  : t('reports.form.benchmarkMissed', { minimum: benchmark.minimum })}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {language === 'en' ? benchmark.nameEn : benchmark.nameRu}
          </Text>
        </Paper>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="trend-money-title">
          <Title order={2} size="h4" id="trend-money-title" mb="xs">
            {t('reports.summary.trendTitle')}
          </Title>
          <Box role="img" aria-label={t('reports.summary.trendTitle')}>
            <LineChart
              h={220}
              lineChartProps={{ accessibilityLayer: false }}
              xAxisProps={{ interval: 0 }}
              data={trendData}
              dataKey="period"
              series={TREND_LINES.map(({ code, color }) => ({ name: code, label: code, color }))}
              withLegend
              connectNulls={false}
              valueFormatter={(value) => formatNumber(value, language, 1)}
            />
          </Box>
        </Paper>
        <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="trend-share-title">
          <Title order={2} size="h4" id="trend-share-title" mb="xs">
            {t('reports.summary.shareTitle')}
          </Title>
          <Box role="img" aria-label={t('reports.summary.shareTitle')}>
            <BarChart
              h={220}
              barChartProps={{ accessibilityLayer: false }}
              xAxisProps={{ interval: 0 }}
              data={shareData}
              dataKey="period"
              series={[{ name: 'R09', label: 'R09, %', color: 'teal.8' }]}
              referenceLines={
                benchmark
                  ? [{ y: benchmark.minimum, label: t('reports.summary.threshold', { minimum: benchmark.minimum }), color: 'red.9' }]
                  : []
              }
              valueFormatter={(value) => `${formatNumber(value, language, 1)} %`}
            />
          </Box>
        </Paper>
      </SimpleGrid>

      {/* The charts' figures, and every other indicator. */}
      <ScrollArea type="auto">
        <Table striped aria-label={t('reports.summary.tableTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.summary.indicator')}</Table.Th>
              {quarters.map((period) => (
                <Table.Th key={period}>{quarterLabel(period, t)}</Table.Th>
              ))}
              <Table.Th>{t('reports.summary.yearToDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...entered, ...computed].map((indicator) => (
              <Table.Tr key={indicator.code}>
                <Table.Th scope="row" fw={400}>
                  {indicator.code} · {name(indicator)}
                  {unit(indicator) && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({unit(indicator)})
                    </Text>
                  )}
                </Table.Th>
                {quarters.map((period, index) => {
                  const point = series(indicator.code)[index];
                  return (
                    <Table.Td key={period}>
                      {point?.value === null || point?.value === undefined ? '—' : formatNumber(point.value, language, indicator.decimals)}
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  {(() => {
                    const value = totalOf(summary.yearToDate, indicator.code)?.value;
                    return value === null || value === undefined ? '—' : formatNumber(value, language, indicator.decimals);
                  })()}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}

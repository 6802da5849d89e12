import { BarChart, DonutChart } from '@mantine/charts';
import { Box, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { itemStatusColor } from '@/components/ui/StatusBadge';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import { ITEM_STATUSES, type ItemStatus, type RoadmapSummary } from '@/lib/api/types';
import { useRoadmapSummary } from '../api/summary';

type StatusCounts = RoadmapSummary['byStatus'];

function count(counts: StatusCounts | undefined, status: ItemStatus): number {
  return Number(counts?.[status] ?? 0);
}

function StatCard({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

function truncate(name: string, max = 34): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** Counts of a roadmap's items by status and by organisation: stat cards, charts, and the same numbers as tables. */
export function RoadmapDashboard({ roadmapId }: { roadmapId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useRoadmapSummary(roadmapId);
  const isDesktop = useIsDesktop();

  if (summary.isPending) return <LoadingSkeleton rows={4} />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;

  const data = summary.data;
  const total = Number(data.totalItems ?? 0);
  const statusLabel = (status: ItemStatus) => t(`status.item.${status}`);
  const donutData = ITEM_STATUSES.map((status) => ({
    name: statusLabel(status),
    value: count(data.byStatus, status),
    color: itemStatusColor(status),
  })).filter((cell) => cell.value > 0);
  const organisations = [...(data.byOrganisation ?? [])].sort(
    (a, b) =>
      Number(b.responsible) + Number(b.assisting) - (Number(a.responsible) + Number(a.assisting)) ||
      a.organisationName.localeCompare(b.organisationName),
  );
  // The chart shows where each organisation is responsible; the table below also lists the assisting ones.
  const charted = organisations.filter((organisation) => Number(organisation.responsible) > 0);
  const barData = charted.map((organisation) => ({
    organisation: truncate(organisation.organisationName, isDesktop ? 40 : 22),
    ...Object.fromEntries(ITEM_STATUSES.map((status) => [status, count(organisation.byStatus, status)])),
  }));
  const barSeries = ITEM_STATUSES.map((status) => ({
    name: status,
    label: statusLabel(status),
    color: itemStatusColor(status),
    stackId: 'status',
  }));

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="section" aria-label={t('dashboard.totals')}>
        <StatCard label={t('dashboard.total')} value={format.number(total)} />
        <StatCard label={t('dashboard.overdue')} value={format.number(Number(data.overdue ?? 0))} color="red.9" />
        {ITEM_STATUSES.map((status) => (
          <StatCard key={status} label={statusLabel(status)} value={format.number(count(data.byStatus, status))} />
        ))}
      </SimpleGrid>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dashboard-by-status">
        <Title order={2} size="h4" id="dashboard-by-status" mb="sm">
          {t('dashboard.byStatus')}
        </Title>
        <Group align="center" gap="xl" wrap="wrap">
          <Box role="img" aria-label={t('dashboard.byStatusChart')}>
            <DonutChart data={donutData} size={180} thickness={28} withTooltip={false} chartLabel={format.number(total)} />
          </Box>
          <Table withTableBorder={false} maw={360} style={{ flex: '1 1 16rem' }} aria-labelledby="dashboard-by-status">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('items.status')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard.items')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ITEM_STATUSES.map((status) => (
                <Table.Tr key={status}>
                  <Table.Th scope="row" fw={400}>
                    <Group gap={8} wrap="nowrap">
                      <Box w={12} h={12} bg={itemStatusColor(status)} style={{ borderRadius: 3, flex: 'none' }} aria-hidden />
                      {statusLabel(status)}
                    </Group>
                  </Table.Th>
                  <Table.Td ta="right">{format.number(count(data.byStatus, status))}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('dashboard.total')}</Table.Th>
                <Table.Td ta="right" fw={700}>
                  {format.number(total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Group>
      </Paper>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dashboard-by-organisation">
        <Title order={2} size="h4" id="dashboard-by-organisation" mb="sm">
          {t('dashboard.byOrganisation')}
        </Title>
        {organisations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.noOrganisations')}
          </Text>
        ) : (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('dashboard.byOrganisationNote')}
            </Text>
            <Box role="img" aria-label={t('dashboard.byOrganisationChart')}>
              <BarChart
                h={Math.max(160, charted.length * 40 + 70)}
                data={barData}
                dataKey="organisation"
                series={barSeries}
                type="stacked"
                orientation="vertical"
                yAxisProps={{ width: isDesktop ? 260 : 130 }}
                withLegend
                withTooltip={false}
                gridAxis="x"
              />
            </Box>
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="xs" aria-labelledby="dashboard-by-organisation">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboard.organisation')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('dashboard.responsible')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('dashboard.assisting')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('dashboard.overdue')}
                    </Table.Th>
                    {ITEM_STATUSES.map((status) => (
                      <Table.Th scope="col" ta="right" key={status}>
                        {statusLabel(status)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {organisations.map((organisation) => (
                    <Table.Tr key={organisation.organisationId}>
                      <Table.Th scope="row" fw={400}>
                        {organisation.organisationName}
                      </Table.Th>
                      <Table.Td ta="right">{format.number(Number(organisation.responsible))}</Table.Td>
                      <Table.Td ta="right">{format.number(Number(organisation.assisting))}</Table.Td>
                      <Table.Td ta="right">{format.number(Number(organisation.overdue))}</Table.Td>
                      {ITEM_STATUSES.map((status) => (
                        <Table.Td ta="right" key={status}>
                          {format.number(count(organisation.byStatus, status))}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}

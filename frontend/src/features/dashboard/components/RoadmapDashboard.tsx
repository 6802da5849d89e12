import { Box, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AppLink } from '@/components/ui/AppLink';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { itemStatusColor } from '@/components/ui/StatusBadge';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import { ITEM_STATUSES, isItemStatus, type ItemStatus, type RoadmapSummary } from '@/lib/api/types';
import { type ItemListLinkFilters, itemListPath } from '@/lib/item-list-link';
import { useRoadmapSummary } from '../api/summary';
import { organisationChartLabels } from '../chart-labels';
import { DONUT_SIZE, LABEL_LINE_HEIGHT } from './chart-sizes';

// The charts' library (100 KB and more) comes after the numbers: the counters and tables show first, the charts take
// the place held for them at their own size.
const loadCharts = () => import('./DashboardCharts');
const StatusDonut = lazy(async () => ({ default: (await loadCharts()).StatusDonut }));
const OrganisationBars = lazy(async () => ({ default: (await loadCharts()).OrganisationBars }));

type StatusCounts = RoadmapSummary['byStatus'];
type OrganisationCounts = RoadmapSummary['byOrganisation'][number];

function count(counts: StatusCounts | undefined, status: ItemStatus): number {
  return Number(counts?.[status] ?? 0);
}

/** The organisation axis: its width and how many characters of a label fit on one of its lines (12 px text). */
const AXIS = {
  desktop: { width: 270, lineChars: 36 },
  phone: { width: 156, lineChars: 20 },
};
const LABEL_LINES = 3;

/** A counter that opens the item list filtered to what it counts: the whole card is the link. */
function StatLink({ to, label, value, color }: { to: string; label: string; value: string; color?: string }) {
  return (
    <Paper component={Link} to={to} withBorder radius="md" p="sm" className="mantine-focus-auto karta-card-link">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** Counts of a roadmap's items by status and by organisation: counters, charts, and the same numbers as tables; all link to the items. */
export function RoadmapDashboard({ roadmapId }: { roadmapId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const summary = useRoadmapSummary(roadmapId);
  const isDesktop = useIsDesktop();

  if (summary.isPending) return <LoadingSkeleton rows={4} />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;

  const data = summary.data;
  const total = Number(data.totalItems ?? 0);
  const link = (filters: ItemListLinkFilters = {}) => itemListPath(roadmapId, filters);
  const statusLabel = (status: ItemStatus) => t(`status.item.${status}`);
  const statusByLabel = new Map(ITEM_STATUSES.map((status) => [statusLabel(status), status]));
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
  const axis = isDesktop ? AXIS.desktop : AXIS.phone;
  const names = new Map(charted.map((organisation) => [organisation.organisationId, organisation.organisationName]));
  const labels = organisationChartLabels(
    charted.map((organisation) => ({ id: organisation.organisationId, name: organisation.organisationName })),
    { lineChars: axis.lineChars, maxLines: LABEL_LINES },
  );
  const barData = charted.map((organisation) => ({
    organisationId: organisation.organisationId,
    ...Object.fromEntries(ITEM_STATUSES.map((status) => [status, count(organisation.byStatus, status)])),
  }));
  const barSeries = ITEM_STATUSES.map((status) => ({
    name: status,
    label: statusLabel(status),
    color: itemStatusColor(status),
    stackId: 'status',
  }));
  const rowHeight = Math.max(...[...labels.values()].map((lines) => lines.length), 1) * LABEL_LINE_HEIGHT + 22;
  const barHeight = charted.length * rowHeight + 90;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="section" aria-label={t('dashboard.totals')}>
        <StatLink to={link()} label={t('dashboard.total')} value={format.number(total)} />
        <StatLink
          to={link({ overdue: true })}
          label={t('dashboard.overdue')}
          value={format.number(Number(data.overdue ?? 0))}
          color="red.9"
        />
        {ITEM_STATUSES.map((status) => (
          <StatLink key={status} to={link({ status })} label={statusLabel(status)} value={format.number(count(data.byStatus, status))} />
        ))}
      </SimpleGrid>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dashboard-by-status">
        <Title order={2} size="h4" id="dashboard-by-status" mb="sm">
          {t('dashboard.byStatus')}
        </Title>
        <Group align="center" gap="xl" wrap="wrap">
          <Box role="img" aria-label={t('dashboard.byStatusChart')}>
            <Suspense fallback={<Box w={DONUT_SIZE} h={DONUT_SIZE} />}>
              <StatusDonut
                data={donutData}
                total={format.number(total)}
                onSlice={(name) => {
                  const status = statusByLabel.get(name);
                  if (status) void navigate(link({ status }));
                }}
              />
            </Suspense>
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
                      <AppLink to={link({ status })} size="sm" className="karta-tap-link">
                        {statusLabel(status)}
                      </AppLink>
                    </Group>
                  </Table.Th>
                  <Table.Td ta="right">{format.number(count(data.byStatus, status))}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">
                  <AppLink to={link()} size="sm" fw={700} className="karta-tap-link">
                    {t('dashboard.total')}
                  </AppLink>
                </Table.Th>
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
            {charted.length > 0 && (
              <Box role="img" aria-label={t('dashboard.byOrganisationChart')}>
                <Suspense fallback={<Box h={barHeight} />}>
                  <OrganisationBars
                    height={barHeight}
                    data={barData}
                    series={barSeries}
                    axisWidth={axis.width}
                    labels={labels}
                    names={names}
                    onBar={(organisationId, series) =>
                      void navigate(link({ organisationId, status: isItemStatus(series) ? series : undefined }))
                    }
                  />
                </Suspense>
              </Box>
            )}
            {isDesktop ? (
              <OrganisationTable organisations={organisations} link={link} />
            ) : (
              <OrganisationList organisations={organisations} link={link} />
            )}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}

interface OrganisationCountsProps {
  organisations: readonly OrganisationCounts[];
  link: (filters?: ItemListLinkFilters) => string;
}

/** A count that opens the organisation's items so filtered; a zero is plain text. */
function CountLink({ value, to, label }: { value: number; to: string; label: string }) {
  const format = useFormat();
  if (value === 0) return <>{format.number(value)}</>;
  return (
    <AppLink to={to} size="sm" aria-label={label} className="karta-tap-link">
      {format.number(value)}
    </AppLink>
  );
}

/** By organisation on a desktop: one row each, the name and each non-zero count link to the items. */
function OrganisationTable({ organisations, link }: OrganisationCountsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const statusLabel = (status: ItemStatus) => t(`status.item.${status}`);
  return (
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
          {organisations.map((organisation) => {
            const { organisationId, organisationName: name } = organisation;
            const countLabel = (value: number, what: string) =>
              t('dashboard.countLink', { formatted: format.number(value), organisation: name, what });
            return (
              <Table.Tr key={organisationId}>
                <Table.Th scope="row" fw={400}>
                  <AppLink to={link({ organisationId })} size="sm">
                    {name}
                  </AppLink>
                </Table.Th>
                <Table.Td ta="right">{format.number(Number(organisation.responsible))}</Table.Td>
                <Table.Td ta="right">{format.number(Number(organisation.assisting))}</Table.Td>
                <Table.Td ta="right">
                  <CountLink
                    value={Number(organisation.overdue)}
                    to={link({ organisationId, overdue: true })}
                    label={countLabel(Number(organisation.overdue), t('dashboard.overdue'))}
                  />
                </Table.Td>
                {ITEM_STATUSES.map((status) => (
                  <Table.Td ta="right" key={status}>
                    <CountLink
                      value={count(organisation.byStatus, status)}
                      to={link({ organisationId, status })}
                      label={countLabel(count(organisation.byStatus, status), statusLabel(status))}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** By organisation on a phone: a card each, nothing wider than the screen; the name and the non-zero counts link. */
function OrganisationList({ organisations, link }: OrganisationCountsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const statusLabel = (status: ItemStatus) => t(`status.item.${status}`);
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="dashboard-by-organisation">
      {organisations.map((organisation) => {
        const { organisationId, organisationName: name } = organisation;
        const counts: Array<{ key: string; what: string; value: number; to: string; color: string }> = [
          {
            key: 'overdue',
            what: t('dashboard.overdue'),
            value: Number(organisation.overdue),
            to: link({ organisationId, overdue: true }),
            color: 'red.9',
          },
          ...ITEM_STATUSES.map((status) => ({
            key: status,
            what: statusLabel(status),
            value: count(organisation.byStatus, status),
            to: link({ organisationId, status }),
            color: itemStatusColor(status),
          })),
        ].filter((entry) => entry.value > 0);
        return (
          <li key={organisationId}>
            <Paper withBorder radius="md" p="xs">
              <Stack gap={6}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  <AppLink to={link({ organisationId })} inherit>
                    {name}
                  </AppLink>
                </Text>
                <Text size="xs" c="dimmed">
                  {t('dashboard.responsible')}: {format.number(Number(organisation.responsible))} · {t('dashboard.assisting')}:{' '}
                  {format.number(Number(organisation.assisting))}
                </Text>
                {counts.length > 0 && (
                  <Group gap={6}>
                    {counts.map((entry) => {
                      const text = t('dashboard.countChip', { what: entry.what, formatted: format.number(entry.value) });
                      return (
                        <Button
                          key={entry.key}
                          component={Link}
                          to={entry.to}
                          variant="light"
                          color={entry.color}
                          size="xs"
                          aria-label={t('dashboard.countChipLink', { label: text, organisation: name })}
                        >
                          {text}
                        </Button>
                      );
                    })}
                  </Group>
                )}
              </Stack>
            </Paper>
          </li>
        );
      })}
    </Stack>
  );
}

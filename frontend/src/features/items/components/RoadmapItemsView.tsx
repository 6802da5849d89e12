import { Box, Group, LoadingOverlay, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '@/components/ui/ListPagination';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { PAGE_SIZE } from '@/config/constants';
import { useFormat } from '@/i18n/use-format';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { useRoadmapItems } from '../api/items';
import { useItemFilters } from '../hooks/use-item-filters';
import { ItemCards } from './ItemCards';
import { type ItemFilterPeriod, ItemFiltersPanel, type RenderOrganisationFilter } from './ItemFiltersPanel';
import { ItemSortSelect } from './ItemSortSelect';

// The table is the wide screen's (a phone shows cards): it comes while the items are being fetched, and never to a phone.
const ItemsTable = lazy(async () => ({ default: (await import('./ItemsTable')).ItemsTable }));

/**
 * The items of one roadmap: filters and sort order (in the URL), a count, a table (sorted by its headers) or cards
 * (sorted by a select), and pages. `period` is the roadmap's, where the due-date pickers open.
 */
export function RoadmapItemsView({
  roadmapId,
  renderOrganisationFilter,
  period,
}: {
  roadmapId: string;
  renderOrganisationFilter: RenderOrganisationFilter;
  period?: ItemFilterPeriod;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const isDesktop = useIsDesktop();
  const controls = useItemFilters();
  const items = useRoadmapItems(roadmapId, controls.filters);
  const total = Number(items.data?.totalItems ?? 0);

  return (
    <Stack gap="md">
      <ItemFiltersPanel controls={controls} renderOrganisationFilter={renderOrganisationFilter} period={period} />
      {items.isPending ? (
        <LoadingSkeleton rows={5} />
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <>
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <Text size="sm" fw={500} role="status" aria-live="polite">
              {t('items.count', { count: total, formatted: format.number(total) })}
            </Text>
            {!isDesktop && <ItemSortSelect sort={controls.filters.sort} onSort={controls.setSort} />}
          </Group>
          {items.data.items.length === 0 ? (
            <EmptyResult title={t('items.empty')} description={controls.activeCount > 0 ? t('items.emptyFiltered') : undefined} />
          ) : (
            <Box pos="relative">
              <LoadingOverlay visible={items.isPlaceholderData && items.isFetching} overlayProps={{ blur: 1 }} />
              {isDesktop ? (
                <Suspense fallback={<LoadingSkeleton rows={5} />}>
                  <ItemsTable items={items.data.items} sort={controls.filters.sort} onSort={controls.setSort} />
                </Suspense>
              ) : (
                <ItemCards items={items.data.items} />
              )}
            </Box>
          )}
          <ListPagination page={controls.filters.page} totalItems={total} pageSize={PAGE_SIZE} onChange={controls.setPage} />
        </>
      )}
    </Stack>
  );
}

import { Box, Group, LoadingOverlay, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '@/components/ui/ListPagination';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { PAGE_SIZE } from '@/config/constants';
import { useFormat } from '@/i18n/use-format';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { useRoadmapItems } from '../api/items';
import { useItemFilters } from '../hooks/use-item-filters';
import { ItemCards } from './ItemCards';
import { ItemFiltersPanel, type RenderOrganisationFilter } from './ItemFiltersPanel';
import { ItemsTable } from './ItemsTable';

/** The items of one roadmap: filters (in the URL), a count, a table or cards, and pages. */
export function RoadmapItemsView({
  roadmapId,
  renderOrganisationFilter,
}: {
  roadmapId: string;
  renderOrganisationFilter: RenderOrganisationFilter;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const isDesktop = useIsDesktop();
  const controls = useItemFilters();
  const items = useRoadmapItems(roadmapId, controls.filters);
  const total = Number(items.data?.totalItems ?? 0);

  return (
    <Stack gap="md">
      <ItemFiltersPanel controls={controls} renderOrganisationFilter={renderOrganisationFilter} />
      {items.isPending ? (
        <LoadingSkeleton rows={5} />
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" fw={500} role="status" aria-live="polite">
              {t('items.count', { count: total, formatted: format.number(total) })}
            </Text>
          </Group>
          {items.data.items.length === 0 ? (
            <EmptyResult title={t('items.empty')} description={controls.activeCount > 0 ? t('items.emptyFiltered') : undefined} />
          ) : (
            <Box pos="relative">
              <LoadingOverlay visible={items.isPlaceholderData && items.isFetching} overlayProps={{ blur: 1 }} />
              {isDesktop ? <ItemsTable items={items.data.items} /> : <ItemCards items={items.data.items} />}
            </Box>
          )}
          <ListPagination page={controls.filters.page} totalItems={total} pageSize={PAGE_SIZE} onChange={controls.setPage} />
        </>
      )}
    </Stack>
  );
}

import { Button, Chip, Collapse, Group, Paper, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { ITEM_STATUSES, isItemStatus } from '@/lib/api/types';
import type { ItemFilterControls } from '../hooks/use-item-filters';

/** What the organisation filter gets; the app plugs in a picker that searches the organisations. */
export interface OrganisationFilterProps {
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (organisationId: string | null) => void;
}

export type RenderOrganisationFilter = (props: OrganisationFilterProps) => ReactNode;

/** The roadmap's period: the due-date pickers open on it, not on today's month. */
export interface ItemFilterPeriod {
  start: string;
  end: string;
}

// The due-date calendars bring the date library (15 KB): they come after the list, in the place held for them.
const DueDateFilters = lazy(async () => ({ default: (await import('./DueDateFilters')).DueDateFilters }));

/** Where the two calendars will be, the same size, while their code arrives. */
function DueDatePlaceholders() {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('items.filters.dueAfter')} placeholder={t('items.filters.anyDate')} disabled />
      <TextInput label={t('items.filters.dueBefore')} placeholder={t('items.filters.anyDate')} disabled />
    </>
  );
}

/**
 * Search, status, organisation, overdue and due-date filters; every change goes to the URL. On a phone (below sm)
 * only the search box shows, with a "Фильтры · N" button that unfolds the rest.
 */
export function ItemFiltersPanel({
  controls,
  renderOrganisationFilter,
  period,
}: {
  controls: ItemFilterControls;
  renderOrganisationFilter: RenderOrganisationFilter;
  period?: ItemFilterPeriod;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const statusLabelId = useId();
  const panelId = useId();
  const { filters } = controls;
  const search = useDebouncedSearch(filters.q ?? '', controls.setQuery);
  // The search box stays in sight; the button counts what is folded away behind it.
  const folded = controls.activeCount - (filters.q ? 1 : 0);

  const reset = controls.activeCount > 0 && (
    <Button variant="subtle" onClick={controls.reset} style={{ flex: 'none' }}>
      {t('items.filters.reset')}
    </Button>
  );

  const more = (
    <Stack gap="sm">
      <div role="group" aria-labelledby={statusLabelId}>
        <Text id={statusLabelId} size="sm" fw={500} mb={4}>
          {t('items.filters.status')}
        </Text>
        <Chip.Group multiple value={filters.status} onChange={(values) => controls.setStatus(values.filter(isItemStatus))}>
          <Group gap={6}>
            {ITEM_STATUSES.map((status) => (
              <Chip key={status} value={status} size="sm" color="blue.8" variant="outline">
                {t(`status.item.${status}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        {renderOrganisationFilter({
          label: t('items.filters.organisation'),
          placeholder: t('items.filters.anyOrganisation'),
          value: filters.organisationId ?? null,
          onChange: (value) => controls.setOrganisation(value),
        })}
        <Suspense fallback={<DueDatePlaceholders />}>
          <DueDateFilters controls={controls} period={period} />
        </Suspense>
      </SimpleGrid>
      <Switch
        label={t('items.filters.overdueOnly')}
        checked={filters.overdue}
        onChange={(event) => controls.setOverdue(event.currentTarget.checked)}
        color="red.9"
      />
      {isPhone && reset && <Group justify="flex-end">{reset}</Group>}
    </Stack>
  );

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('items.filters.title')}>
      <Stack gap="sm">
        <TextInput
          type="search"
          label={t('items.filters.search')}
          description={t('items.filters.searchHelp')}
          inputWrapperOrder={['label', 'input', 'description']}
          value={search.text}
          onChange={(event) => search.onChange(event.currentTarget.value)}
          // The search box and, beside it, the filters button (phone) or "reset" (wide screen): one row that never wraps.
          inputContainer={(input) => (
            <Group gap="sm" wrap="nowrap" align="center" mb={4}>
              <div style={{ flex: '1 1 auto', minWidth: 0 }}>{input}</div>
              {isPhone ? (
                <Button
                  variant="default"
                  onClick={() => setOpen((value) => !value)}
                  aria-expanded={open}
                  aria-controls={panelId}
                  style={{ flex: 'none' }}
                >
                  {folded > 0 ? t('items.filters.toggleCount', { count: folded }) : t('items.filters.toggle')}
                </Button>
              ) : (
                reset
              )}
            </Group>
          )}
        />
        {isPhone ? (
          <Collapse expanded={open} id={panelId}>
            {more}
          </Collapse>
        ) : (
          more
        )}
      </Stack>
    </Paper>
  );
}

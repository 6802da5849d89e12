import { Button, Chip, Collapse, Group, Paper, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { useIsDesktop } from '@/hooks/use-is-desktop';
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

/** Search, status, organisation, overdue and due-date filters; every change goes to the URL. */
export function ItemFiltersPanel({
  controls,
  renderOrganisationFilter,
}: {
  controls: ItemFilterControls;
  renderOrganisationFilter: RenderOrganisationFilter;
}) {
  const { t } = useTranslation();
  const isDesktop = useIsDesktop();
  const [open, setOpen] = useState(false);
  const statusLabelId = useId();
  const { filters } = controls;
  const search = useDebouncedSearch(filters.q ?? '', controls.setQuery);
  const otherActive = controls.activeCount - (filters.q ? 1 : 0);

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
        <DatePickerInput
          label={t('items.filters.dueAfter')}
          placeholder={t('items.filters.anyDate')}
          value={filters.dueAfter ?? null}
          onChange={(value) => controls.setDueAfter(value)}
          valueFormat="D MMMM YYYY"
          clearable
        />
        <DatePickerInput
          label={t('items.filters.dueBefore')}
          placeholder={t('items.filters.anyDate')}
          value={filters.dueBefore ?? null}
          onChange={(value) => controls.setDueBefore(value)}
          valueFormat="D MMMM YYYY"
          clearable
        />
      </SimpleGrid>
      <Switch
        label={t('items.filters.overdueOnly')}
        checked={filters.overdue}
        onChange={(event) => controls.setOverdue(event.currentTarget.checked)}
        color="red.9"
      />
    </Stack>
  );

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('items.filters.title')}>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="search"
            label={t('items.filters.search')}
            placeholder={t('items.filters.searchPlaceholder')}
            value={search.text}
            onChange={(event) => search.onChange(event.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          {!isDesktop && (
            <Button variant="default" onClick={() => setOpen((value) => !value)} aria-expanded={open}>
              {otherActive > 0 ? t('items.filters.toggleCount', { count: otherActive }) : t('items.filters.toggle')}
            </Button>
          )}
          {controls.activeCount > 0 && (
            <Button variant="subtle" onClick={controls.reset}>
              {t('items.filters.reset')}
            </Button>
          )}
        </Group>
        {isDesktop ? more : <Collapse expanded={open}>{more}</Collapse>}
      </Stack>
    </Paper>
  );
}

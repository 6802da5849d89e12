import { Box, Button, Group, LoadingOverlay, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '@/components/ui/ListPagination';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { PAGE_SIZE } from '@/config/constants';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { pageFromParams, useUrlParams } from '@/hooks/use-url-params';
import { useFormat } from '@/i18n/use-format';
import { usePeople, type PeopleFilters } from '../api/people';
import { PeopleList } from './PeopleList';
import type { OrganisationField } from './types';

function usePeopleFilters() {
  const { searchParams, update } = useUrlParams();
  const filters = useMemo<PeopleFilters>(() => {
    const q = searchParams.get('q')?.trim();
    const organisationId = searchParams.get('organisationId') ?? undefined;
    return { q: q || undefined, organisationId: organisationId || undefined, page: pageFromParams(searchParams) };
  }, [searchParams]);
  return {
    filters,
    setQuery: (q: string) => update({ q }),
    setOrganisation: (organisationId: string | null) => update({ organisationId }),
    setPage: (page: number) => update({ page: page > 1 ? page : null }, { keepPage: true }),
  };
}

/** The people directory: search by name, filter by organisation, a paged list; «Добавить человека» when allowed. */
export function PeopleDirectory({
  OrganisationPicker,
  canAdd,
  ownOrganisationId,
}: {
  OrganisationPicker: OrganisationField;
  canAdd: boolean;
  /** The organisation a new person goes to when no filter says otherwise (an organisation's administrator adds to its own). */
  ownOrganisationId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, setQuery, setOrganisation, setPage } = usePeopleFilters();
  const search = useDebouncedSearch(filters.q ?? '', setQuery);
  const people = usePeople(filters);
  const total = Number(people.data?.totalItems ?? 0);
  const addTo = filters.organisationId ?? ownOrganisationId;
  const addLink = addTo ? `/people/new?organisationId=${addTo}` : '/people/new';

  return (
    <Stack gap="md">
      {canAdd && (
        <Group>
          <Button component={Link} to={addLink}>
            {t('people.add')}
          </Button>
        </Group>
      )}
      <Paper withBorder radius="md" p="sm" component="section" aria-label={t('people.filters')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="search"
            label={t('people.search')}
            placeholder={t('people.searchPlaceholder')}
            value={search.text}
            onChange={(event) => search.onChange(event.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          <Box style={{ flex: '1 1 14rem' }}>
            <OrganisationPicker label={t('people.organisation')} value={filters.organisationId ?? null} onChange={setOrganisation} />
          </Box>
        </Group>
      </Paper>
      {people.isPending ? (
        <LoadingSkeleton rows={5} />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <>
          <Text size="sm" fw={500} role="status" aria-live="polite">
            {t('people.count', { count: total, formatted: format.number(total) })}
          </Text>
          {people.data.items.length === 0 ? (
            <EmptyResult title={t('people.empty')} />
          ) : (
            <Box pos="relative">
              <LoadingOverlay visible={people.isPlaceholderData && people.isFetching} overlayProps={{ blur: 1 }} />
              <PeopleList people={people.data.items} label={t('people.listLabel')} />
            </Box>
          )}
          <ListPagination page={filters.page} totalItems={total} pageSize={PAGE_SIZE} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

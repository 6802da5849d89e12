import { Anchor, Box, Card, Group, LoadingOverlay, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { ListPagination } from '@/components/ui/ListPagination';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { PAGE_SIZE } from '@/config/constants';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import { ORGANISATION_KINDS, isOrganisationKind, type Organisation } from '@/lib/api/types';
import { useOrganisations } from '../api/organisations';
import { useOrganisationFilters } from '../hooks/use-organisation-filters';

/** E-mail and phone as links, on one line that wraps anywhere (a long address never widens the page); a dash when none. */
function ContactsLine({ contacts }: { contacts: Organisation['contacts'] | null | undefined }) {
  const email = contacts?.email;
  const phone = contacts?.phone;
  if (!email && !phone) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {email && (
        <Anchor href={`mailto:${email}`} inherit>
          {email}
        </Anchor>
      )}
      {email && phone && ' · '}
      {phone && (
        <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`} inherit>
          {phone}
        </Anchor>
      )}
    </Text>
  );
}

function OrganisationTable({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('organisations.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('organisations.name')}</Table.Th>
          <Table.Th scope="col" w="24%">
            {t('organisations.kind')}
          </Table.Th>
          <Table.Th scope="col" w={140}>
            {t('organisations.inn')}
          </Table.Th>
          <Table.Th scope="col" w="26%">
            {t('organisations.contacts')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {organisations.map((organisation) => (
          <Table.Tr key={organisation.id}>
            <Table.Td>
              <AppLink to={`/organisations/${organisation.id}`} size="sm">
                {organisation.fullName}
              </AppLink>
              {organisation.shortName && (
                <Text size="xs" c="dimmed">
                  {organisation.shortName}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`kind.${organisation.kind}`)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{organisation.inn ?? '—'}</Text>
            </Table.Td>
            <Table.Td>
              <ContactsLine contacts={organisation.contacts} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The directory on a phone: a card per organisation, its name a link, kind, INN and contacts condensed below. */
function OrganisationCards({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('organisations.tableLabel')}>
      {organisations.map((organisation) => {
        const headingId = `organisation-card-${organisation.id}`;
        const hasContacts = Boolean(organisation.contacts?.email || organisation.contacts?.phone);
        return (
          <li key={organisation.id}>
            <Card component="article" withBorder radius="md" padding="sm" aria-labelledby={headingId}>
              <Stack gap={4}>
                <Text id={headingId} size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  <AppLink to={`/organisations/${organisation.id}`} inherit>
                    {organisation.fullName}
                  </AppLink>
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {[
                    organisation.shortName,
                    t(`kind.${organisation.kind}`),
                    organisation.inn ? `${t('organisations.inn')} ${organisation.inn}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {hasContacts && <ContactsLine contacts={organisation.contacts} />}
              </Stack>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}

/** The organisation directory: search by name, filter by kind, a table on wider screens, cards on a phone (below sm). */
export function OrganisationDirectory() {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const { filters, setQuery, setKind, setPage } = useOrganisationFilters();
  const search = useDebouncedSearch(filters.q ?? '', setQuery);
  const organisations = useOrganisations(filters);
  const total = Number(organisations.data?.totalItems ?? 0);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm" component="section" aria-label={t('organisations.filters')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="search"
            label={t('organisations.search')}
            placeholder={t('organisations.searchPlaceholder')}
            value={search.text}
            onChange={(event) => search.onChange(event.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          <NativeSelect
            label={t('organisations.kind')}
            value={filters.kind ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setKind(isOrganisationKind(value) ? value : null);
            }}
            data={[
              { value: '', label: t('organisations.anyKind') },
              ...ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
            ]}
            style={{ flex: '1 1 14rem' }}
          />
        </Group>
      </Paper>
      {organisations.isPending ? (
        <LoadingSkeleton rows={5} />
      ) : organisations.isError ? (
        <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : (
        <>
          <Text size="sm" fw={500} role="status" aria-live="polite">
            {t('organisations.count', { count: total, formatted: format.number(total) })}
          </Text>
          {organisations.data.items.length === 0 ? (
            <EmptyResult title={t('organisations.empty')} />
          ) : (
            <Box pos="relative">
              <LoadingOverlay visible={organisations.isPlaceholderData && organisations.isFetching} overlayProps={{ blur: 1 }} />
              {isPhone ? (
                <OrganisationCards organisations={organisations.data.items} />
              ) : (
                <OrganisationTable organisations={organisations.data.items} />
              )}
            </Box>
          )}
          <ListPagination page={filters.page} totalItems={total} pageSize={PAGE_SIZE} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

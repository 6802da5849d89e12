import {
  Box,
  Button,
  Card,
  Code,
  Group,
  LoadingOverlay,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { ChangeList } from '@/components/ui/ChangeList';
import { DateField } from '@/components/ui/DateField';
import { ListPagination } from '@/components/ui/ListPagination';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { PAGE_SIZE } from '@/config/constants';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import { AUDIT_OBJECT_TYPES, type AuditEvent } from '@/lib/api/types';
import { useAuditCsvDownload, useAuditEvents } from '../api/audit';
import { useAuditFilters } from '../hooks/use-audit-filters';

function useLabels() {
  const { t, i18n } = useTranslation();
  const known = (key: string, fallback: string) => (i18n.exists(key) ? t(key) : fallback);
  return {
    objectType: (type: string) => known(`audit.objectTypes.${type}`, type),
    action: (action: string) => known(`audit.actions.${action}`, action),
    actorKind: (kind: string) => known(`audit.actorKinds.${kind}`, kind),
  };
}

function Who({ event }: { event: AuditEvent }) {
  const labels = useLabels();
  return (
    <>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {event.actor.name}
      </Text>
      <Text size="xs" c="dimmed">
        {labels.actorKind(event.actor.kind)}
      </Text>
    </>
  );
}

function What({ event }: { event: AuditEvent }) {
  const labels = useLabels();
  return (
    <>
      <Text size="sm" fw={500}>
        {labels.action(event.action)}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {labels.objectType(event.objectType)} <Code fz="xs">{event.objectId}</Code>
      </Text>
    </>
  );
}

function EventTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table striped verticalSpacing="sm" aria-label={t('audit.listLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={170}>
            {t('audit.time')}
          </Table.Th>
          <Table.Th scope="col" w="20%">
            {t('audit.who')}
          </Table.Th>
          <Table.Th scope="col" w="28%">
            {t('audit.what')}
          </Table.Th>
          <Table.Th scope="col">{t('audit.changes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td>
              <Text size="sm">{format.dateTime(event.occurredAt)}</Text>
            </Table.Td>
            <Table.Td>
              <Who event={event} />
            </Table.Td>
            <Table.Td>
              <What event={event} />
            </Table.Td>
            <Table.Td>
              <ChangeList changes={event.changes} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function EventCards({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('audit.listLabel')}>
      {events.map((event) => (
        <li key={event.id}>
          <Card component="article" withBorder radius="md" padding="sm">
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {format.dateTime(event.occurredAt)}
              </Text>
              <What event={event} />
              <Who event={event} />
              <ChangeList changes={event.changes} />
            </Stack>
          </Card>
        </li>
      ))}
    </Stack>
  );
}

/** The audit log, newest first: filters in the URL, a page of events, and the same filter as a CSV file. */
export function AuditLogView() {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useFormat();
  const isDesktop = useIsDesktop();
  const { filters, set, setPage } = useAuditFilters();
  const actor = useDebouncedSearch(filters.actor ?? '', (value) => set({ actor: value }));
  const objectId = useDebouncedSearch(filters.objectId ?? '', (value) => set({ objectId: value }));
  const events = useAuditEvents(filters);
  const csv = useAuditCsvDownload();
  const items = events.data?.items ?? [];
  const total = Number(events.data?.totalItems ?? 0);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm" component="section" aria-label={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <TextInput
            type="search"
            label={t('audit.actor')}
            description={t('audit.actorHint')}
            value={actor.text}
            onChange={(event) => actor.onChange(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('audit.objectType')}
            value={filters.objectType ?? ''}
            onChange={(event) => set({ objectType: event.currentTarget.value || null })}
            data={[
              { value: '', label: t('audit.anyType') },
              ...AUDIT_OBJECT_TYPES.map((type) => ({ value: type, label: labels.objectType(type) })),
            ]}
          />
          <TextInput
            type="search"
            label={t('audit.objectId')}
            value={objectId.text}
            onChange={(event) => objectId.onChange(event.currentTarget.value)}
            spellCheck={false}
          />
          <DateField label={t('audit.from')} value={filters.from ?? ''} onChange={(value) => set({ from: value || null })} clearable />
          <DateField label={t('audit.to')} value={filters.to ?? ''} onChange={(value) => set({ to: value || null })} clearable />
        </SimpleGrid>
      </Paper>
      <Group gap="sm">
        <Button variant="light" onClick={() => csv.mutate(filters)} loading={csv.isPending}>
          {t('audit.downloadCsv')}
        </Button>
      </Group>
      <ApiErrorAlert error={csv.error} title={t('audit.downloadFailed')} />
      {events.isPending ? (
        <LoadingSkeleton rows={5} />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : items.length === 0 ? (
        <EmptyResult title={t('audit.empty')} />
      ) : (
        <>
          <Text size="sm" fw={500} role="status" aria-live="polite">
            {t('audit.count', { count: total, formatted: format.number(total) })}
          </Text>
          <Box pos="relative">
            <LoadingOverlay visible={events.isPlaceholderData && events.isFetching} overlayProps={{ blur: 1 }} />
            {isDesktop ? <EventTable events={items} /> : <EventCards events={items} />}
          </Box>
          <ListPagination page={filters.page} totalItems={total} pageSize={PAGE_SIZE} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

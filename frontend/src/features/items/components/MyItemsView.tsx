import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { ListPagination } from '@/components/ui/ListPagination';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { BADGE_NEVER_CUT, ItemStatusBadge } from '@/components/ui/StatusBadge';
import { PAGE_SIZE } from '@/config/constants';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { pageFromParams, useUrlParams } from '@/hooks/use-url-params';
import { useFormat } from '@/i18n/use-format';
import type { MyItem } from '@/lib/api/types';
import { useMyItems } from '../api/my-items';
import { DeadlineText, DueDateText } from './ItemParts';

function DueSoonBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange.9" variant="filled" radius="sm" tt="none" size="sm" styles={BADGE_NEVER_CUT}>
      {t('myItems.dueSoon')}
    </Badge>
  );
}

/** The deadline as written, the due date, and "Просрочено" or "Скоро срок". */
function Deadline({ entry }: { entry: MyItem }) {
  return (
    <Stack gap={2}>
      <DeadlineText deadline={entry.item.deadline} overdue={entry.item.overdue} />
      <Group gap={6}>
        <Text span size="xs" c="dimmed">
          <DueDateText deadline={entry.item.deadline} />
        </Text>
        {entry.dueSoon && <DueSoonBadge />}
      </Group>
    </Stack>
  );
}

function Role({ entry }: { entry: MyItem }) {
  const { t } = useTranslation();
  return (
    <Text span size="sm">
      {t(`myItems.role.${entry.role}`)}
    </Text>
  );
}

function MyItemsTable({ entries }: { entries: readonly MyItem[] }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('myItems.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="22%">
            {t('myItems.roadmap')}
          </Table.Th>
          <Table.Th scope="col" w={56}>
            {t('items.number')}
          </Table.Th>
          <Table.Th scope="col">{t('items.activity')}</Table.Th>
          <Table.Th scope="col" w={190}>
            {t('items.deadline')}
          </Table.Th>
          <Table.Th scope="col" w={130}>
            {t('myItems.roleHeader')}
          </Table.Th>
          <Table.Th scope="col" w={130}>
            {t('items.status')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.item.id}>
            <Table.Td>
              <AppLink to={`/roadmaps/${entry.item.roadmapId}`} size="sm">
                {entry.roadmapTitle}
              </AppLink>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {entry.item.number}
              </Text>
            </Table.Td>
            <Table.Td>
              <AppLink to={`/items/${entry.item.id}`} size="sm">
                {entry.item.activity}
              </AppLink>
            </Table.Td>
            <Table.Td>
              <Deadline entry={entry} />
            </Table.Td>
            <Table.Td>
              <Role entry={entry} />
            </Table.Td>
            <Table.Td>
              <ItemStatusBadge status={entry.item.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function MyItemCards({ entries }: { entries: readonly MyItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('myItems.tableLabel')}>
      {entries.map((entry) => {
        const headingId = `my-item-${entry.item.id}`;
        return (
          <li key={entry.item.id}>
            <Card component="article" withBorder radius="md" padding="sm" aria-labelledby={headingId}>
              <Stack gap={6}>
                <Group justify="space-between" wrap="wrap" align="center" gap="xs">
                  <Text fw={700} size="sm">
                    {t('items.numberLabel', { number: entry.item.number })} · <Role entry={entry} />
                  </Text>
                  <ItemStatusBadge status={entry.item.status} />
                </Group>
                <Text id={headingId} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <AppLink to={`/items/${entry.item.id}`} inherit>
                    {entry.item.activity}
                  </AppLink>
                </Text>
                <div>
                  <Text size="xs" c="dimmed">
                    {t('items.deadline')}
                  </Text>
                  <Deadline entry={entry} />
                </div>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {entry.roadmapTitle}
                </Text>
              </Stack>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}

/**
 * "Мои пункты": the items where the caller's organisation is responsible or assisting, across approved roadmaps,
 * overdue and due soon first. A table on a desktop, cards on a phone; the page is in the URL.
 */
export function MyItemsView() {
  const { t } = useTranslation();
  const format = useFormat();
  const isDesktop = useIsDesktop();
  const { searchParams, update } = useUrlParams();
  const page = pageFromParams(searchParams);
  const mine = useMyItems(page);

  if (mine.isPending) return <LoadingSkeleton rows={4} />;
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data.organisationId) return <EmptyResult title={t('myItems.noOrganisation')} description={t('myItems.noOrganisationHint')} />;
  if (mine.data.totalItems === 0) return <EmptyResult title={t('myItems.empty')} description={t('myItems.emptyHint')} />;

  const total = Number(mine.data.totalItems);
  return (
    <Stack gap="sm">
      <Text size="sm" role="status">
        {t('items.count', { count: total, formatted: format.number(total) })}
      </Text>
      {isDesktop ? <MyItemsTable entries={mine.data.items} /> : <MyItemCards entries={mine.data.items} />}
      <ListPagination page={page} totalItems={total} pageSize={PAGE_SIZE} onChange={(next) => update({ page: next }, { keepPage: true })} />
    </Stack>
  );
}

import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { ItemStatusBadge } from '@/components/ui/StatusBadge';
import { useFormat } from '@/i18n/use-format';
import type { RoadmapItem } from '@/lib/api/types';
import { type ItemSort, type ItemSortField, nextItemSort, parseItemSort } from '../api/items';
import { DeadlineText, OrganisationNames } from './ItemParts';

/** ▲, ▼ or (not sorted by this column) a faint ⇅; decoration only, the header's aria-sort says the order. */
function SortIcon({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  return (
    <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <path d="M6 1 L10.5 6 H1.5 Z" fill="currentColor" opacity={direction === 'ascending' ? 1 : direction === 'none' ? 0.45 : 0} />
      <path d="M6 13 L10.5 8 H1.5 Z" fill="currentColor" opacity={direction === 'descending' ? 1 : direction === 'none' ? 0.45 : 0} />
    </svg>
  );
}

interface SortableHeaderProps {
  field: ItemSortField;
  label: string;
  sort: ItemSort;
  onSort: (sort: ItemSort) => void;
  w?: number | string;
}

/** A column header that sorts: a real button in the th, and the th's aria-sort when the list is sorted by it. */
function SortableHeader({ field, label, sort, onSort, w }: SortableHeaderProps) {
  const current = parseItemSort(sort);
  const direction = current.field === field ? (current.descending ? 'descending' : 'ascending') : 'none';
  return (
    <Table.Th scope="col" w={w} aria-sort={direction === 'none' ? undefined : direction}>
      <UnstyledButton
        onClick={() => onSort(nextItemSort(sort, field))}
        className="karta-tap-target"
        fw="inherit"
        fz="inherit"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, borderRadius: 4 }}
      >
        {label}
        <SortIcon direction={direction} />
      </UnstyledButton>
    </Table.Th>
  );
}

/** Items on a desktop: one row each; the activity links to the item's page; four columns sort the list. */
export function ItemsTable({ items, sort, onSort }: { items: readonly RoadmapItem[]; sort: ItemSort; onSort: (sort: ItemSort) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const header = { sort, onSort };
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('items.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <SortableHeader field="number" label={t('items.number')} w={64} {...header} />
          <Table.Th scope="col">{t('items.activity')}</Table.Th>
          <SortableHeader field="dueDate" label={t('items.deadline')} w={140} {...header} />
          <Table.Th scope="col" w="22%">
            {t('items.responsible')}
          </Table.Th>
          <SortableHeader field="status" label={t('items.status')} w={128} {...header} />
          <SortableHeader field="updatedAt" label={t('items.updated')} w={112} {...header} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {item.number}
              </Text>
            </Table.Td>
            <Table.Td>
              <AppLink to={`/items/${item.id}`} size="sm">
                {item.activity}
              </AppLink>
            </Table.Td>
            <Table.Td>
              <DeadlineText deadline={item.deadline} overdue={item.overdue} />
            </Table.Td>
            <Table.Td>
              <OrganisationNames organisations={item.responsible} />
            </Table.Td>
            <Table.Td>
              <ItemStatusBadge status={item.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={item.updatedAt}>{format.shortDate(item.updatedAt)}</time>
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { ItemStatusBadge } from '@/components/ui/StatusBadge';
import type { RoadmapItem } from '@/lib/api/types';
import { DeadlineText, OrganisationNames } from './ItemParts';

/** Items on a desktop: one row each; the activity links to the item's page. */
export function ItemsTable({ items }: { items: readonly RoadmapItem[] }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('items.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={56}>
            {t('items.number')}
          </Table.Th>
          <Table.Th scope="col">{t('items.activity')}</Table.Th>
          <Table.Th scope="col" w={170}>
            {t('items.deadline')}
          </Table.Th>
          <Table.Th scope="col" w="26%">
            {t('items.responsible')}
          </Table.Th>
          <Table.Th scope="col" w={130}>
            {t('items.status')}
          </Table.Th>
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
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { ItemStatusBadge } from '@/components/ui/StatusBadge';
import { useFormat } from '@/i18n/use-format';
import type { RoadmapItem } from '@/lib/api/types';
import { DeadlineText, OrganisationNames } from './ItemParts';

/** Items on a phone: one card each, the same information as the table, nothing wider than the screen. */
export function ItemCards({ items }: { items: readonly RoadmapItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('items.tableLabel')}>
      {items.map((item) => {
        const headingId = `item-card-${item.id}`;
        return (
          <li key={item.id}>
            <Card component="article" withBorder radius="md" padding="sm" aria-labelledby={headingId}>
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="center">
                  <Text fw={700} size="sm">
                    {t('items.numberLabel', { number: item.number })}
                  </Text>
                  <ItemStatusBadge status={item.status} />
                </Group>
                <Text id={headingId} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <AppLink to={`/items/${item.id}`} inherit>
                    {item.activity}
                  </AppLink>
                </Text>
                <Group gap="md" align="flex-start" wrap="nowrap">
                  <div style={{ flex: '1 1 auto', minWidth: 0 }}>
                    <Text size="xs" c="dimmed">
                      {t('items.deadline')}
                    </Text>
                    <DeadlineText deadline={item.deadline} overdue={item.overdue} />
                  </div>
                  <div style={{ flex: 'none' }}>
                    <Text size="xs" c="dimmed">
                      {t('items.updated')}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={item.updatedAt}>{format.shortDate(item.updatedAt)}</time>
                    </Text>
                  </div>
                </Group>
                <div style={{ overflowWrap: 'anywhere' }}>
                  <Text size="xs" c="dimmed">
                    {t('items.responsible')}
                  </Text>
                  <OrganisationNames organisations={item.responsible} />
                </div>
              </Stack>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}

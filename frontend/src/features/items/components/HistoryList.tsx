import { List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { useFormat } from '@/i18n/use-format';
import { isItemStatus } from '@/lib/api/types';
import { useItemHistory } from '../api/items';

/** The audit trail of an item: who changed what and when. */
export function HistoryList({ itemId }: { itemId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const history = useItemHistory(itemId);

  if (history.isPending) return <LoadingSkeleton rows={2} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.items.length === 0) return <EmptyResult title={t('history.empty')} />;

  const fieldLabel = (field: string) => (i18n.exists(`history.fields.${field}`) ? t(`history.fields.${field}`) : field);
  const value = (field: string, raw: string | null | undefined) => {
    if (raw === null || raw === undefined || raw === '') return t('history.emptyValue');
    if (field === 'status' && isItemStatus(raw)) return t(`status.item.${raw}`);
    return raw;
  };
  const actionLabel = (action: string) => (i18n.exists(`history.actions.${action}`) ? t(`history.actions.${action}`) : action);

  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('history.title')}>
      {history.data.items.map((entry) => (
        <Paper component="li" key={entry.id} withBorder radius="md" p="sm">
          <Text size="sm" fw={600}>
            {actionLabel(entry.action)}
          </Text>
          <Text size="xs" c="dimmed">
            {[entry.actor?.name ?? t('history.system'), format.dateTime(entry.occurredAt)].join(' · ')}
          </Text>
          {entry.changes.length > 0 && (
            <List size="sm" mt={6} spacing={4} withPadding>
              {entry.changes.map((change, index) => (
                <List.Item key={`${change.field}-${index}`} style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={500} size="sm">
                    {fieldLabel(change.field)}:
                  </Text>{' '}
                  {t('history.change', { from: value(change.field, change.from), to: value(change.field, change.to) })}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

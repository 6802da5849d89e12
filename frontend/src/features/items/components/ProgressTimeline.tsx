import { Anchor, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { ItemStatusBadge } from '@/components/ui/StatusBadge';
import { useFormat } from '@/i18n/use-format';
import { isItemStatus, type ProgressUpdate } from '@/lib/api/types';
import { useProgressUpdates } from '../api/items';
import { isHttpUrl } from '../http-url';

function StatusChange({ update }: { update: ProgressUpdate }) {
  const { t } = useTranslation();
  const { status, previousStatus } = update;
  if (!isItemStatus(status)) return null;
  const text = isItemStatus(previousStatus)
    ? t('progress.statusChange', { from: t(`status.item.${previousStatus}`), to: t(`status.item.${status}`) })
    : t('progress.statusSet', { to: t(`status.item.${status}`) });
  return (
    <Group gap={6} mt={4}>
      <Text size="sm" fw={500}>
        {text}
      </Text>
      <ItemStatusBadge status={status} size="sm" aria-hidden />
    </Group>
  );
}

/** Progress updates of an item, newest first. */
export function ProgressTimeline({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const updates = useProgressUpdates(itemId);

  if (updates.isPending) return <LoadingSkeleton rows={2} />;
  if (updates.isError) return <ErrorState error={updates.error} onRetry={() => void updates.refetch()} />;
  if (updates.data.items.length === 0) return <EmptyResult title={t('progress.empty')} />;

  return (
    <Timeline
      active={updates.data.items.length - 1}
      bulletSize={16}
      lineWidth={2}
      color="blue.8"
      role="list"
      aria-label={t('progress.timelineLabel')}
    >
      {updates.data.items.map((update) => (
        <Timeline.Item key={update.id} title={update.author.name} lineVariant="solid" role="listitem">
          <Text size="xs" c="dimmed">
            {[update.author.organisationName, format.dateTime(update.createdAt)].filter(Boolean).join(' · ')}
          </Text>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {update.text}
          </Text>
          <StatusChange update={update} />
          {update.evidenceUrl && isHttpUrl(update.evidenceUrl) && (
            <Anchor
              href={update.evidenceUrl}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              mt={4}
              display="inline-block"
              style={{ overflowWrap: 'anywhere' }}
            >
              {t('progress.evidenceLink')}
            </Anchor>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

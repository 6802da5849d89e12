import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { ListPagination } from '@/components/ui/ListPagination';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { PAGE_SIZE } from '@/config/constants';
import { pageFromParams, useUrlParams } from '@/hooks/use-url-params';
import { useFormat } from '@/i18n/use-format';
import type { Notification } from '@/lib/api/types';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications';

const PERIOD = /^(\d{4})-Q([1-4])$/;

/** "2028-Q1" → { year: "2028", quarter: "1" } for the texts; the period as is when it has another shape. */
function periodParts(period: string) {
  const match = PERIOD.exec(period);
  return match ? { year: match[1], quarter: match[2] } : { year: period, quarter: '' };
}

function NotificationCard({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const format = useFormat();
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  const headingId = `notification-${notification.id}`;
  // The report is due at midnight: its last day is the day before.
  const lastDay = new Date(new Date(notification.dueAt).getTime() - 1).toISOString();
  // A meeting reminder names the meeting and when it starts; a report reminder its quarter and last day.
  const values =
    notification.period === null
      ? { title: notification.meetingTitle ?? '', date: format.dateTime(notification.dueAt) }
      : { ...periodParts(notification.period), date: format.date(lastDay) };
  return (
    <Card component="article" withBorder radius="md" padding="sm" aria-labelledby={headingId} bg={unread ? 'blue.0' : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text id={headingId} fw={unread ? 700 : 500} size="sm" component="h3" m={0}>
            {t(`notifications.kind.${notification.kind}.title`, values)}
          </Text>
          <Badge color={unread ? 'blue.9' : 'gray.7'} variant={unread ? 'filled' : 'light'} radius="sm" tt="none">
            {unread ? t('notifications.unread') : t('notifications.read')}
          </Badge>
        </Group>
        <Text size="sm">{t(`notifications.kind.${notification.kind}.text`, values)}</Text>
        <Text size="xs" c="dimmed">
          {t('notifications.createdAt', { date: format.dateTime(notification.createdAt) })}
        </Text>
        <Group gap="sm" wrap="wrap">
          <AppLink to={notification.link} size="sm" mih={44} style={{ display: 'inline-flex', alignItems: 'center' }}>
            {t('notifications.openReports')}
          </AppLink>
          {unread && (
            <Button variant="subtle" size="sm" mih={44} loading={markRead.isPending} onClick={() => markRead.mutate(notification.id)}>
              {t('notifications.markRead')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** The caller's organisation's notifications, newest first: read and unread, a link to act, "mark all read". */
export function NotificationsView() {
  const { t } = useTranslation();
  const { searchParams, update } = useUrlParams();
  const page = pageFromParams(searchParams);
  const query = useNotifications(page);
  const markAll = useMarkAllRead();
  if (query.isPending) return <LoadingSkeleton rows={3} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" role="status">
          {list.unread > 0 ? t('notifications.unreadCount', { count: list.unread }) : t('notifications.allRead')}
        </Text>
        {list.unread > 0 && (
          <Button variant="light" mih={44} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {list.items.length === 0 ? (
        <EmptyResult title={t('notifications.empty')} description={t('notifications.emptyHint')} />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('notifications.title')}>
          {list.items.map((notification) => (
            <li key={notification.id}>
              <NotificationCard notification={notification} />
            </li>
          ))}
        </Stack>
      )}
      <ListPagination
        page={page}
        totalItems={list.totalItems}
        pageSize={PAGE_SIZE}
        onChange={(next) => update({ page: next }, { keepPage: true })}
      />
    </Stack>
  );
}

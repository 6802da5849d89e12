import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { useFormat } from '@/i18n/use-format';
import type { Meeting } from '@/lib/api/types';
import { MeetingStateBadge } from './MeetingStateBadge';

/** One meeting in the list: its title (the link), kind, state, date and time, place and counts. */
export function MeetingCard({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `meeting-card-${meeting.id}`;
  return (
    <Card component="article" withBorder radius="md" padding="sm" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Text id={headingId} fw={600} style={{ overflowWrap: 'anywhere', flex: '1 1 14rem' }}>
            <AppLink to={`/meetings/${meeting.id}`} inherit>
              {meeting.title}
            </AppLink>
          </Text>
          <MeetingStateBadge state={meeting.state} />
        </Group>
        <Text size="sm">
          {t(`meetings.kind.${meeting.kind}`)}
          {meeting.bodyName ? ` · ${meeting.bodyName}` : ''}
        </Text>
        <Text size="sm">
          {format.dateTime(meeting.startsAt)} · {meeting.place || t('meetings.video')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('meetings.counts', { invited: meeting.invitedCount, present: meeting.presentCount })}
        </Text>
      </Stack>
    </Card>
  );
}

import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { useFormat } from '@/i18n/use-format';
import type { RoadmapItem } from '@/lib/api/types';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The duty of quarterly meetings (item 13): for each quarter of the roadmap its meeting, held (closed), planned or
 * missing, with the way to the meeting.
 */
export function MeetingsDuty({ item }: { item: RoadmapItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const quarters = item.meetings ?? [];
  if (item.duty !== 'MEETINGS' || quarters.length === 0) return null;
  const label = (period: string) => {
    const [year, q] = period.split('-Q');
    return t('reports.quarter', { numeral: ROMAN[Number(q) - 1], n: Number(q), year });
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="duty-meetings">
      <Title order={2} size="h5" id="duty-meetings" mb={6}>
        {t('meetings.duty.title')}
      </Title>
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {quarters.map((quarter) => {
          const status = quarter.held
            ? t('meetings.duty.held')
            : quarter.meetingId && quarter.state !== 'CANCELLED'
              ? t('meetings.duty.planned')
              : t('meetings.duty.notHeld');
          return (
            <li key={quarter.period} data-testid={`meeting-quarter-${quarter.period}`}>
              <Text size="sm">
                <Text span fw={700}>
                  {label(quarter.period)}:
                </Text>{' '}
                {status}
                {quarter.meetingId && quarter.state !== 'CANCELLED' && (
                  <>
                    {' — '}
                    <AppLink to={`/meetings/${quarter.meetingId}`} size="sm">
                      {quarter.title ?? t('meetings.duty.meeting')}
                    </AppLink>
                    {quarter.startsAt ? `, ${format.date(quarter.startsAt)}` : ''}
                  </>
                )}
              </Text>
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}

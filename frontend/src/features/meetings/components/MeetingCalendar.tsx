import { ActionIcon, Anchor, Box, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import type { Meeting } from '@/lib/api/types';
import type { useMeetings } from '../api/meetings';
import { dayOf, monthRange, monthWeeks, shiftMonth, timeOf } from '../time';
import { MeetingStateBadge } from './MeetingStateBadge';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Mon–Sun in the UI language ("Пн", "Вт", …): 2024-01-01 was a Monday. */
function weekdayNames(language: string, style: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: style });
  return Array.from({ length: 7 }, (_, index) => capitalise(format.format(new Date(2024, 0, 1 + index))));
}

function MeetingLink({ meeting }: { meeting: Meeting }) {
  return (
    <Anchor component={Link} to={`/meetings/${meeting.id}`} size="sm" display="block" style={{ overflowWrap: 'anywhere' }}>
      {timeOf(meeting.startsAt)} {meeting.title}
    </Anchor>
  );
}

/**
 * A month of meetings: a Monday-first grid on wider screens, on a phone the days that have meetings as a list.
 * Previous and next month move it (in the URL).
 */
export function MeetingCalendar({
  month,
  onMonthChange,
  meetings,
}: {
  month: string;
  onMonthChange: (month: string) => void;
  /** The month's meetings (asked by the page with from/to of the month). */
  meetings: ReturnType<typeof useMeetings>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const range = monthRange(month);
  const title = capitalise(format.monthYear(range.from));
  const byDay = new Map<string, Meeting[]>();
  for (const meeting of meetings.data?.items ?? []) {
    const day = dayOf(meeting.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  const days = [...byDay.keys()].sort();
  const longNames = weekdayNames(format.language, 'long');

  return (
    <Stack gap="sm" component="section" aria-labelledby="meetings-month">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => onMonthChange(shiftMonth(month, -1))}
          aria-label={t('meetings.calendar.previous')}
        >
          <span aria-hidden>‹</span>
        </ActionIcon>
        <Title order={2} size="h4" id="meetings-month" aria-live="polite">
          {title}
        </Title>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => onMonthChange(shiftMonth(month, 1))}
          aria-label={t('meetings.calendar.next')}
        >
          <span aria-hidden>›</span>
        </ActionIcon>
      </Group>
      {meetings.isPending ? (
        <LoadingSkeleton rows={3} />
      ) : meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : isPhone ? (
        days.length === 0 ? (
          <EmptyResult title={t('meetings.calendar.empty')} />
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={title}>
            {days.map((day) => {
              const date = new Date(`${day}T12:00:00`);
              return (
                <li key={day}>
                  <Card withBorder radius="md" padding="sm">
                    <Text fw={600} size="sm">
                      {longNames[(date.getDay() + 6) % 7]}, {format.date(day)}
                    </Text>
                    <Stack gap={6} mt={4}>
                      {(byDay.get(day) ?? []).map((meeting) => (
                        <Group key={meeting.id} gap="xs" wrap="wrap" justify="space-between">
                          <Box style={{ flex: '1 1 12rem' }}>
                            <MeetingLink meeting={meeting} />
                          </Box>
                          <MeetingStateBadge state={meeting.state} size="sm" />
                        </Group>
                      ))}
                    </Stack>
                  </Card>
                </li>
              );
            })}
          </Stack>
        )
      ) : (
        <Table withTableBorder withColumnBorders layout="fixed" aria-labelledby="meetings-month">
          <Table.Thead>
            <Table.Tr>
              {weekdayNames(format.language, 'short').map((name, index) => (
                <Table.Th key={name} scope="col" ta="center">
                  <abbr title={longNames[index]} style={{ textDecoration: 'none' }}>
                    {name}
                  </abbr>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {monthWeeks(month).map((week, index) => (
              <Table.Tr key={index}>
                {week.map((day, column) => (
                  <Table.Td key={day ?? `blank-${column}`} valign="top" h={96} bg={day ? undefined : 'gray.0'}>
                    {day && (
                      <Stack gap={4}>
                        <Text size="sm" fw={byDay.has(day) ? 700 : 400} c={byDay.has(day) ? undefined : 'dimmed'}>
                          {Number(day.slice(8))}
                        </Text>
                        {(byDay.get(day) ?? []).map((meeting) => (
                          <MeetingLink key={meeting.id} meeting={meeting} />
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

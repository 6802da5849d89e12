import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BADGE_NEVER_CUT } from '@/components/ui/StatusBadge';
import type { Attendance, MeetingState } from '@/lib/api/types';

// Filled badges in dark shades: white text on them keeps a contrast of at least 4.5:1 (the theme darkens further if needed).
const stateColors: Record<MeetingState, string> = {
  DRAFT: 'gray.7',
  OPEN: 'blue.8',
  IN_PROGRESS: 'orange.9',
  CLOSED: 'green.9',
  CANCELLED: 'red.9',
};

const attendanceColors: Record<Attendance, string> = {
  PRESENT: 'green.9',
  ABSENT: 'red.9',
  EXCUSED: 'indigo.9',
};

/** A meeting's state in words: Черновик, Открыто, Идёт, Завершено, Отменено. */
export function MeetingStateBadge({ state, ...props }: { state: MeetingState } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={stateColors[state]} variant="filled" radius="sm" tt="none" styles={BADGE_NEVER_CUT} {...props}>
      {t(`meetings.state.${state}`)}
    </Badge>
  );
}

/** A participant's attendance in words; «не отмечен» (outlined grey) while nobody has marked it. */
export function AttendanceBadge({ attendance, ...props }: { attendance: Attendance | null | undefined } & BadgeProps) {
  const { t } = useTranslation();
  if (!attendance) {
    return (
      <Badge color="gray.8" variant="outline" radius="sm" tt="none" styles={BADGE_NEVER_CUT} {...props}>
        {t('meetings.attendance.none')}
      </Badge>
    );
  }
  return (
    <Badge color={attendanceColors[attendance]} variant="filled" radius="sm" tt="none" styles={BADGE_NEVER_CUT} {...props}>
      {t(`meetings.attendance.${attendance}`)}
    </Badge>
  );
}

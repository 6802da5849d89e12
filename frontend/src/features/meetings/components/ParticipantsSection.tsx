import { Alert, Badge, Button, Card, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { BADGE_NEVER_CUT } from '@/components/ui/StatusBadge';
import { ATTENDANCES, type Attendance, type Meeting, type Participant, type ParticipantsAdded } from '@/lib/api/types';
import { type useAttendance, useBodyChoices, useInviteParticipants, useMarkAttendance, useUninviteParticipant } from '../api/meetings';
import { timeOf } from '../time';
import { AttendanceBadge } from './MeetingStateBadge';
import type { MeetingFields } from './fields';

type InviteWhat = 'person' | 'body' | 'organisation';

/** One form to invite a person, a body's members or an organisation's people; says how many were added. */
function InviteForm({ meeting, fields: { PersonPicker, OrganisationPicker } }: { meeting: Meeting; fields: MeetingFields }) {
  const { t } = useTranslation();
  const invite = useInviteParticipants(meeting.id);
  const [what, setWhat] = useState<InviteWhat>('person');
  const [chosen, setChosen] = useState<string | null>(null);
  const [result, setResult] = useState<ParticipantsAdded | null>(null);
  const bodies = useBodyChoices(what === 'body');
  const submit = () => {
    if (!chosen) return;
    setResult(null);
    const body = what === 'person' ? { personId: chosen } : what === 'body' ? { bodyId: chosen } : { organisationId: chosen };
    invite.mutate(body, {
      onSuccess: (added) => {
        setResult(added);
        setChosen(null);
      },
    });
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="participants-invite">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id="participants-invite">
            {t('meetings.participants.invite')}
          </Title>
          <SegmentedControl
            value={what}
            onChange={(next) => {
              setWhat(next as InviteWhat);
              setChosen(null);
            }}
            data={[
              { value: 'person', label: t('meetings.participants.what.person') },
              { value: 'body', label: t('meetings.participants.what.body') },
              { value: 'organisation', label: t('meetings.participants.what.organisation') },
            ]}
            aria-label={t('meetings.participants.whatLabel')}
            fullWidth
          />
          {what === 'person' ? (
            <PersonPicker
              key="person"
              label={t('meetings.participants.person')}
              value={chosen}
              onChange={(choice) => setChosen(choice?.personId ?? null)}
            />
          ) : what === 'body' ? (
            <Select
              key="body"
              label={t('meetings.participants.body')}
              data={(bodies.data ?? []).map((body) => ({ value: body.id, label: body.name }))}
              value={chosen}
              onChange={setChosen}
              searchable
              clearable
              nothingFoundMessage={bodies.isFetching ? t('common.loading') : t('common.nothingFound')}
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <OrganisationPicker key="organisation" label={t('meetings.participants.organisation')} value={chosen} onChange={setChosen} />
          )}
          <Button type="submit" disabled={!chosen} loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.participants.inviteButton')}
          </Button>
          {result && (
            <Alert color="green.9" variant="light" role="status">
              {t('meetings.participants.added', { count: result.added })}
              {result.alreadyParticipants > 0 ? ` ${t('meetings.participants.already', { count: result.alreadyParticipants })}` : ''}
            </Alert>
          )}
          <ApiErrorAlert error={invite.error} />
        </Stack>
      </form>
    </Paper>
  );
}

function ParticipantRow({ meeting, participant }: { meeting: Meeting; participant: Participant }) {
  const { t } = useTranslation();
  const mark = useMarkAttendance(meeting.id);
  const uninvite = useUninviteParticipant(meeting.id);
  const headingId = `participant-${participant.personId}`;
  return (
    <Card component="article" withBorder radius="md" padding="sm" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Text id={headingId} fw={600} size="sm" style={{ overflowWrap: 'anywhere', flex: '1 1 12rem' }}>
            {participant.name}
          </Text>
          <Group gap={6} wrap="wrap">
            {participant.guest && (
              <Badge color="grape.9" variant="light" radius="sm" tt="none" styles={BADGE_NEVER_CUT}>
                {t('meetings.participants.guest')}
              </Badge>
            )}
            <AttendanceBadge attendance={participant.attendance as Attendance | null} />
          </Group>
        </Group>
        {(participant.position || participant.organisationName) && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {[participant.position, participant.organisationName].filter(Boolean).join(' · ')}
          </Text>
        )}
        {participant.checkedInAt && (
          <Text size="sm">
            {participant.via === 'MANUAL'
              ? t('meetings.participants.markedAt', { time: timeOf(participant.checkedInAt) })
              : t('meetings.participants.checkedInAt', { time: timeOf(participant.checkedInAt) })}
          </Text>
        )}
        {(meeting.permissions.markAttendance || meeting.permissions.manageParticipants) && (
          <Group gap="xs" wrap="wrap" align="flex-end">
            {meeting.permissions.markAttendance && (
              <Select
                label={t('meetings.participants.mark')}
                aria-label={t('meetings.participants.markFor', { name: participant.name })}
                data={ATTENDANCES.map((value) => ({ value, label: t(`meetings.attendance.${value}`) }))}
                value={participant.attendance ?? null}
                placeholder={t('meetings.attendance.none')}
                onChange={(value) => value && mark.mutate({ personId: participant.personId, attendance: value as Attendance })}
                disabled={mark.isPending}
                allowDeselect={false}
                style={{ flex: '0 1 14rem' }}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            {meeting.permissions.manageParticipants && (
              <Button
                variant="outline"
                color="red.9"
                loading={uninvite.isPending}
                onClick={() => uninvite.mutate(participant.personId)}
                aria-label={t('meetings.participants.removeFor', { name: participant.name })}
              >
                {t('meetings.participants.remove')}
              </Button>
            )}
          </Group>
        )}
        <ApiErrorAlert error={mark.error ?? uninvite.error} />
      </Stack>
    </Card>
  );
}

/** The participants with their attendance (asked again every 5 s while the meeting is open or in progress). */
export function ParticipantsSection({
  meeting,
  attendance,
  fields,
}: {
  meeting: Meeting;
  attendance: ReturnType<typeof useAttendance>;
  fields: MeetingFields;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {meeting.permissions.manageParticipants && <InviteForm meeting={meeting} fields={fields} />}
      {attendance.isPending ? (
        <LoadingSkeleton rows={3} />
      ) : attendance.isError ? (
        <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />
      ) : (
        <>
          <Text size="sm" fw={500} role="status" aria-live="polite" data-testid="attendance-counts">
            {t('meetings.participants.counts', {
              invited: attendance.data.invitedCount,
              present: attendance.data.presentCount,
              absent: attendance.data.absentCount,
              excused: attendance.data.excusedCount,
              guests: attendance.data.guestCount,
            })}
          </Text>
          {attendance.data.participants.length === 0 ? (
            <EmptyResult title={t('meetings.participants.empty')} />
          ) : (
            <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('meetings.participants.title')}>
              {attendance.data.participants.map((participant) => (
                <li key={participant.personId}>
                  <ParticipantRow meeting={meeting} participant={participant} />
                </li>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

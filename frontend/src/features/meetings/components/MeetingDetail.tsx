import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import { isApiError } from '@/lib/api/problem';
import type { Meeting, PersonRef } from '@/lib/api/types';
import {
  type MeetingTransition,
  useAttendance,
  useMeeting,
  useMeetingDownload,
  useMeetingTransition,
  useUpdateMeeting,
} from '../api/meetings';
import { timeOf } from '../time';
import { AgendaSection } from './AgendaSection';
import { DecisionsSection } from './DecisionsSection';
import { MeetingForm } from './MeetingForm';
import { MeetingStateBadge } from './MeetingStateBadge';
import { MinutesSection } from './MinutesSection';
import { ParticipantsSection } from './ParticipantsSection';
import type { MeetingFields } from './fields';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="35%" fw={500}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function personText(person: PersonRef | null, none: string): string {
  if (!person) return none;
  return [person.name, person.position, person.organisationName].filter(Boolean).join(', ');
}

function Details({ meeting, presentCount, invitedCount }: { meeting: Meeting; presentCount: number; invitedCount: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('common.notSpecified');
  const when = meeting.endsAt ? `${format.dateTime(meeting.startsAt)}–${timeOf(meeting.endsAt)}` : format.dateTime(meeting.startsAt);
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={6}>
      <Table.Tbody>
        <Row label={t('meetings.detail.when')}>{when}</Row>
        <Row label={t('meetings.detail.place')}>{meeting.place || t('meetings.video')}</Row>
        {meeting.videoUrl && (
          <Row label={t('meetings.detail.video')}>
            <Anchor href={meeting.videoUrl} target="_blank" rel="noopener noreferrer">
              {meeting.videoUrl}
            </Anchor>
          </Row>
        )}
        {meeting.bodyName && (
          <Row label={t('meetings.detail.body')}>
            {meeting.bodyId ? <AppLink to={`/bodies/${meeting.bodyId}`}>{meeting.bodyName}</AppLink> : meeting.bodyName}
          </Row>
        )}
        <Row label={t('meetings.detail.chair')}>{personText(meeting.chair, none)}</Row>
        <Row label={t('meetings.detail.secretary')}>{personText(meeting.secretary, none)}</Row>
        {meeting.number && <Row label={t('meetings.detail.number')}>{meeting.number}</Row>}
        <Row label={t('meetings.detail.participants')}>{t('meetings.counts', { invited: invitedCount, present: presentCount })}</Row>
        <Row label={t('meetings.detail.agenda')}>{t('meetings.detail.agendaCount', { count: meeting.agendaCount })}</Row>
      </Table.Tbody>
    </Table>
  );
}

/**
 * One meeting: what, when, where and who; the actions its `permissions` allow (open, start, close, cancel, edit),
 * the files (.ics, the protocol), the way to the check-in, and its agenda, participants, minutes and decisions.
 */
export function MeetingDetail({ meetingId, fields }: { meetingId: string; fields: MeetingFields }) {
  const { t } = useTranslation();
  const isDesktop = useIsDesktop();
  const meeting = useMeeting(meetingId);
  const live = meeting.data?.state === 'OPEN' || meeting.data?.state === 'IN_PROGRESS';
  const attendance = useAttendance(meetingId, live);
  const transition = useMeetingTransition(meetingId);
  const download = useMeetingDownload(meetingId);
  const [confirm, setConfirm] = useState<'close' | 'cancel' | null>(null);
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<string | null>('agenda');
  const back = <AppLink to="/meetings">← {t('meetings.back')}</AppLink>;

  if (meeting.isPending) return <LoadingSkeleton rows={4} />;
  if (meeting.isError) {
    if (isApiError(meeting.error) && meeting.error.status === 404) {
      return <EmptyResult title={t('meetings.notFound')} action={back} />;
    }
    return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  }
  const data = meeting.data;
  const { permissions } = data;
  const run = (action: MeetingTransition) => transition.mutate(action);

  const sections: Array<{ value: string; label: string; content: ReactNode }> = [
    { value: 'agenda', label: t('meetings.agenda.title'), content: <AgendaSection meeting={data} fields={fields} /> },
    ...(permissions.readDetails
      ? [
          {
            value: 'participants',
            label: t('meetings.participants.title'),
            content: <ParticipantsSection meeting={data} attendance={attendance} fields={fields} />,
          },
          { value: 'minutes', label: t('meetings.minutes.title'), content: <MinutesSection meeting={data} /> },
          { value: 'decisions', label: t('meetings.decisions.title'), content: <DecisionsSection meeting={data} fields={fields} /> },
        ]
      : []),
  ];

  return (
    <Stack gap="md">
      <PageHeader title={data.title} above={back}>
        <Group gap="xs" wrap="wrap">
          <MeetingStateBadge state={data.state} />
          <Text size="sm">{t(`meetings.kind.${data.kind}`)}</Text>
        </Group>
      </PageHeader>
      {data.participant && (
        <Alert color={data.myCheckedInAt ? 'green.9' : 'blue.8'} variant="light" role="status">
          {data.myCheckedInAt ? t('meetings.detail.checkedIn', { time: timeOf(data.myCheckedInAt) }) : t('meetings.detail.invited')}
        </Alert>
      )}
      {permissions.showCheckInCode && (
        <Button component={Link} to={`/meetings/${data.id}/check-in-screen`} size="lg" className="karta-wrap-button">
          {t('meetings.actions.showCode')}
        </Button>
      )}
      {permissions.checkIn && !data.myCheckedInAt && (
        <Button component={Link} to={`/check-in/${data.id}`} size="lg" variant="filled" color="green.9" className="karta-wrap-button">
          {t('meetings.actions.checkIn')}
        </Button>
      )}
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="meeting-details">
        <Title order={2} size="h4" id="meeting-details" mb="xs">
          {t('meetings.detail.title')}
        </Title>
        <Details
          meeting={data}
          presentCount={attendance.data?.presentCount ?? data.presentCount}
          invitedCount={attendance.data?.invitedCount ?? data.invitedCount}
        />
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="meeting-actions">
        <Title order={2} size="h4" id="meeting-actions" mb="xs">
          {t('meetings.actions.title')}
        </Title>
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            {permissions.open && (
              <Button onClick={() => run('open')} loading={transition.isPending && transition.variables === 'open'}>
                {t('meetings.actions.open')}
              </Button>
            )}
            {permissions.start && (
              <Button onClick={() => run('start')} loading={transition.isPending && transition.variables === 'start'}>
                {t('meetings.actions.start')}
              </Button>
            )}
            {permissions.close && (
              <Button variant="light" onClick={() => setConfirm('close')}>
                {t('meetings.actions.close')}
              </Button>
            )}
            {permissions.edit && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('meetings.actions.edit')}
              </Button>
            )}
            {permissions.cancel && (
              <Button variant="outline" color="red.9" onClick={() => setConfirm('cancel')}>
                {t('meetings.actions.cancel')}
              </Button>
            )}
          </Group>
          {permissions.open && (
            <Text size="sm" c="dimmed">
              {t('meetings.actions.openHint')}
            </Text>
          )}
          <Group gap="xs" wrap="wrap">
            <Button
              variant="default"
              onClick={() => download.mutate('ics')}
              loading={download.isPending && download.variables === 'ics'}
              className="karta-wrap-button"
            >
              {t('meetings.actions.ics')}
            </Button>
            {permissions.readDetails && (
              <Button
                variant="default"
                onClick={() => download.mutate('protocol')}
                loading={download.isPending && download.variables === 'protocol'}
                className="karta-wrap-button"
              >
                {t('meetings.actions.protocol')}
              </Button>
            )}
          </Group>
          <ApiErrorAlert error={transition.error ?? download.error} />
        </Stack>
      </Paper>

      {isDesktop ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            {sections.map((section) => (
              <Tabs.Tab key={section.value} value={section.value}>
                {section.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {sections.map((section) => (
            <Tabs.Panel key={section.value} value={section.value} pt="md">
              {section.content}
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        sections.map((section) => (
          <Stack key={section.value} gap="xs" component="section" aria-labelledby={`meeting-section-${section.value}`}>
            <Title order={2} size="h4" id={`meeting-section-${section.value}`}>
              {section.label}
            </Title>
            {section.content}
          </Stack>
        ))
      )}

      {editing && <EditMeeting meeting={data} fields={fields} onClose={() => setEditing(false)} />}
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'close' ? t('meetings.confirm.closeTitle') : t('meetings.confirm.cancelTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{confirm === 'close' ? t('meetings.confirm.close') : t('meetings.confirm.cancel')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('meetings.confirm.back')}
            </Button>
            <Button
              color={confirm === 'cancel' ? 'red.9' : undefined}
              onClick={() => {
                if (confirm) run(confirm);
                setConfirm(null);
              }}
            >
              {confirm === 'close' ? t('meetings.actions.close') : t('meetings.actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function EditMeeting({ meeting, onClose, fields }: { meeting: Meeting; onClose: () => void; fields: MeetingFields }) {
  const update = useUpdateMeeting(meeting);
  return (
    <MeetingForm
      opened
      meeting={meeting}
      onClose={onClose}
      busy={update.isPending}
      error={update.error}
      fields={fields}
      onSubmit={(body) => update.mutate(body, { onSuccess: onClose })}
    />
  );
}

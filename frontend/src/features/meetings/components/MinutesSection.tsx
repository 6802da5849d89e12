import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { isApiError } from '@/lib/api/problem';
import type { AgendaItem, Meeting } from '@/lib/api/types';
import { useAgenda, useWriteMinutes } from '../api/meetings';

function ReadOnly({ label, text }: { label: string; text: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={text ? undefined : 'dimmed'}>
        {text || t('meetings.minutes.empty')}
      </Text>
    </div>
  );
}

/** The minutes of one question: textareas and «Сохранить» on the item's version; a conflict reloads the agenda. */
function MinutesEditor({ meeting, item, onConflict }: { meeting: Meeting; item: AgendaItem; onConflict: () => void }) {
  const { t } = useTranslation();
  const write = useWriteMinutes(meeting.id);
  const [heard, setHeard] = useState(item.heard ?? '');
  const [spoke, setSpoke] = useState(item.spoke ?? '');
  const [saved, setSaved] = useState(false);
  const conflict = isApiError(write.error) && (write.error.status === 409 || write.error.status === 412);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        write.mutate(
          { item, heard, spoke },
          {
            onSuccess: () => setSaved(true),
            onError: (error) => {
              if (isApiError(error) && (error.status === 409 || error.status === 412)) onConflict();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('meetings.minutes.heard')}
          autosize
          minRows={3}
          maxRows={16}
          value={heard}
          onChange={(event) => {
            setSaved(false);
            setHeard(event.currentTarget.value);
          }}
        />
        <Textarea
          label={t('meetings.minutes.spoke')}
          autosize
          minRows={3}
          maxRows={16}
          value={spoke}
          onChange={(event) => {
            setSaved(false);
            setSpoke(event.currentTarget.value);
          }}
        />
        {conflict ? (
          <Alert color="orange.9" variant="light" role="alert" title={t('meetings.minutes.conflictTitle')}>
            <Stack gap={6}>
              <Text size="sm">{t('meetings.minutes.conflict')}</Text>
              <ReadOnly label={t('meetings.minutes.heard')} text={item.heard} />
              <ReadOnly label={t('meetings.minutes.spoke')} text={item.spoke} />
            </Stack>
          </Alert>
        ) : (
          <ApiErrorAlert error={write.error} />
        )}
        <Group gap="sm">
          <Button type="submit" loading={write.isPending} aria-label={t('meetings.minutes.saveFor', { title: item.title })}>
            {t('common.save')}
          </Button>
          {saved && (
            <Text size="sm" c="green.9" role="status">
              {t('meetings.minutes.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Протокол: for each agenda question СЛУШАЛИ and ВЫСТУПИЛИ, to read, or to write with writeMinutes. */
export function MinutesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const agenda = useAgenda(meeting.id);
  if (agenda.isPending) return <LoadingSkeleton rows={3} />;
  if (agenda.isError) return <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />;
  if (agenda.data.length === 0) return <EmptyResult title={t('meetings.agenda.empty')} />;
  return (
    <Stack gap="sm">
      {meeting.permissions.writeMinutes ? null : (
        <Text size="sm" c="dimmed">
          {meeting.state === 'IN_PROGRESS' ? t('meetings.minutes.readOnly') : t('meetings.minutes.whenInProgress')}
        </Text>
      )}
      {agenda.data.map((item) => (
        <Card key={item.id} withBorder radius="md" padding="sm" component="section" aria-labelledby={`minutes-${item.id}`}>
          <Stack gap="xs">
            <Title order={3} size="h5" id={`minutes-${item.id}`} style={{ overflowWrap: 'anywhere' }}>
              {item.position}. {item.title}
            </Title>
            {meeting.permissions.writeMinutes ? (
              <MinutesEditor meeting={meeting} item={item} onConflict={() => void agenda.refetch()} />
            ) : (
              <>
                <ReadOnly label={t('meetings.minutes.heard')} text={item.heard} />
                <ReadOnly label={t('meetings.minutes.spoke')} text={item.spoke} />
              </>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

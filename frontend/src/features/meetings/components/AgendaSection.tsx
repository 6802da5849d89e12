import { ActionIcon, Button, Card, Group, Modal, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { AppLink } from '@/components/ui/AppLink';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import type { AgendaItem, Meeting } from '@/lib/api/types';
import { useAgenda, useCreateAgendaItem, useDeleteAgendaItem, useUpdateAgendaItem } from '../api/meetings';
import { RoadmapItemsPicker } from './RoadmapItemPicker';
import type { MeetingFields } from './fields';

interface AgendaValues {
  title: string;
  presenterPersonId: string | null;
  plannedMinutes: number | null;
  roadmapItemIds: string[];
}

/** Adds an agenda question or changes one: title, presenter, planned minutes, the roadmap items it is about. */
function AgendaItemForm({
  meeting,
  item,
  onDone,
  fields: { PersonPicker },
}: {
  meeting: Meeting;
  item?: AgendaItem;
  onDone: () => void;
  fields: MeetingFields;
}) {
  const { t } = useTranslation();
  const create = useCreateAgendaItem(meeting.id);
  const update = useUpdateAgendaItem(meeting.id);
  const mutation = item ? update : create;
  const [values, setValues] = useState<AgendaValues>({
    title: item?.title ?? '',
    presenterPersonId: item?.presenter?.personId ?? null,
    plannedMinutes: item?.plannedMinutes ?? null,
    roadmapItemIds: item?.roadmapItems.map((linked) => linked.id) ?? [],
  });
  const [titleError, setTitleError] = useState<string | null>(null);
  const submit = () => {
    if (!values.title.trim()) {
      setTitleError(t('meetings.form.required'));
      return;
    }
    setTitleError(null);
    const body = { ...values, title: values.title.trim() };
    if (item) update.mutate({ item, patch: body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('meetings.agenda.itemTitle')}
          required
          value={values.title}
          onChange={(event) => {
            const title = event.currentTarget.value;
            setValues((previous) => ({ ...previous, title }));
          }}
          error={titleError}
        />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <div style={{ flex: '1 1 16rem' }}>
            <PersonPicker
              label={t('meetings.agenda.presenter')}
              value={values.presenterPersonId}
              initial={item?.presenter}
              onChange={(choice) => setValues((previous) => ({ ...previous, presenterPersonId: choice?.personId ?? null }))}
            />
          </div>
          <NumberInput
            label={t('meetings.agenda.minutes')}
            min={1}
            max={600}
            value={values.plannedMinutes ?? ''}
            onChange={(value) => setValues((previous) => ({ ...previous, plannedMinutes: typeof value === 'number' ? value : null }))}
            style={{ flex: '0 1 10rem' }}
          />
        </Group>
        <RoadmapItemsPicker
          value={values.roadmapItemIds}
          linked={item?.roadmapItems ?? []}
          onChange={(roadmapItemIds) => setValues((previous) => ({ ...previous, roadmapItemIds }))}
        />
        <ApiErrorAlert error={mutation.error} />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {item ? t('common.save') : t('meetings.agenda.add')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The agenda in order; with manageAgenda: add, change, move up and down, remove. */
export function AgendaSection({ meeting, fields }: { meeting: Meeting; fields: MeetingFields }) {
  const { t } = useTranslation();
  const agenda = useAgenda(meeting.id);
  const update = useUpdateAgendaItem(meeting.id);
  const remove = useDeleteAgendaItem(meeting.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<AgendaItem | null>(null);
  const manage = meeting.permissions.manageAgenda;

  if (agenda.isPending) return <LoadingSkeleton rows={3} />;
  if (agenda.isError) return <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />;
  const items = agenda.data;
  const move = (item: AgendaItem, delta: number) => update.mutate({ item, patch: { position: item.position + delta } });

  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <EmptyResult title={t('meetings.agenda.empty')} />
      ) : (
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('meetings.agenda.title')}>
          {items.map((item, index) => (
            <li key={item.id}>
              <Card withBorder radius="md" padding="sm">
                {editing === item.id ? (
                  <AgendaItemForm meeting={meeting} item={item} fields={fields} onDone={() => setEditing(null)} />
                ) : (
                  <Stack gap={4}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {item.position}. {item.title}
                    </Text>
                    {(item.presenter || item.plannedMinutes) && (
                      <Text size="sm">
                        {[
                          item.presenter ? t('meetings.agenda.presenterIs', { name: item.presenter.name }) : null,
                          item.plannedMinutes ? t('meetings.agenda.plannedMinutes', { count: item.plannedMinutes }) : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    )}
                    {item.roadmapItems.length > 0 && (
                      <Stack gap={2}>
                        <Text size="sm" c="dimmed">
                          {t('meetings.agenda.roadmapItems')}
                        </Text>
                        {item.roadmapItems.map((linked) => (
                          <AppLink key={linked.id} to={`/items/${linked.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                            {t('meetings.roadmap.itemLink', { number: linked.number, activity: linked.activity })}
                          </AppLink>
                        ))}
                      </Stack>
                    )}
                    {manage && (
                      <Group gap="xs" wrap="wrap" mt={4}>
                        <ActionIcon
                          variant="default"
                          size="lg"
                          disabled={index === 0 || update.isPending}
                          onClick={() => move(item, -1)}
                          aria-label={t('meetings.agenda.up', { title: item.title })}
                        >
                          <span aria-hidden>↑</span>
                        </ActionIcon>
                        <ActionIcon
                          variant="default"
                          size="lg"
                          disabled={index === items.length - 1 || update.isPending}
                          onClick={() => move(item, 1)}
                          aria-label={t('meetings.agenda.down', { title: item.title })}
                        >
                          <span aria-hidden>↓</span>
                        </ActionIcon>
                        <Button variant="default" size="sm" onClick={() => setEditing(item.id)}>
                          {t('meetings.agenda.edit')}
                        </Button>
                        <Button variant="outline" color="red.9" size="sm" onClick={() => setDeleting(item)}>
                          {t('meetings.agenda.delete')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                )}
              </Card>
            </li>
          ))}
        </Stack>
      )}
      <ApiErrorAlert error={update.error ?? remove.error} />
      {manage &&
        (adding ? (
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="agenda-add">
            <Title order={3} size="h5" id="agenda-add" mb="xs">
              {t('meetings.agenda.addTitle')}
            </Title>
            <AgendaItemForm meeting={meeting} fields={fields} onDone={() => setAdding(false)} />
          </Paper>
        ) : (
          <Button variant="light" onClick={() => setAdding(true)} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.agenda.addTitle')}
          </Button>
        ))}
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('meetings.agenda.deleteTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('meetings.agenda.deleteConfirm', { title: deleting?.title ?? '' })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              onClick={() => {
                if (deleting) remove.mutate(deleting);
                setDeleting(null);
              }}
            >
              {t('meetings.agenda.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

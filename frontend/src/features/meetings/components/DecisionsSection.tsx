import { Alert, Button, Card, Checkbox, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { AppLink } from '@/components/ui/AppLink';
import { DateField } from '@/components/ui/DateField';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { useFormat } from '@/i18n/use-format';
import type { DecisionInput, Meeting } from '@/lib/api/types';
import { useAgenda, useCreateDecision, useDecisions } from '../api/meetings';
import { RoadmapItemPicker } from './RoadmapItemPicker';
import type { MeetingFields } from './fields';

interface DecisionValues {
  text: string;
  agendaItemId: string | null;
  responsibleOrganisationId: string | null;
  dueDate: string;
  link: boolean;
  createItem: boolean;
  roadmapId: string | null;
  roadmapItemId: string | null;
}

const EMPTY: DecisionValues = {
  text: '',
  agendaItemId: null,
  responsibleOrganisationId: null,
  dueDate: '',
  link: false,
  createItem: false,
  roadmapId: null,
  roadmapItemId: null,
};

type Errors = Partial<Record<'text' | 'responsibleOrganisationId' | 'dueDate' | 'roadmapItemId', string>>;

/** Records a decision (РЕШИЛИ): it may add a progress update to a roadmap item or become a new item. */
function DecisionForm({ meeting, fields: { OrganisationPicker } }: { meeting: Meeting; fields: MeetingFields }) {
  const { t } = useTranslation();
  const agenda = useAgenda(meeting.id);
  const create = useCreateDecision(meeting.id);
  const [values, setValues] = useState<DecisionValues>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  const set = <K extends keyof DecisionValues>(key: K, value: DecisionValues[K]) => {
    setDone(false);
    setValues((previous) => ({ ...previous, [key]: value }));
  };

  const submit = () => {
    const found: Errors = {};
    if (!values.text.trim()) found.text = t('meetings.form.required');
    if (values.createItem && !values.responsibleOrganisationId) found.responsibleOrganisationId = t('meetings.decisions.neededForItem');
    if (values.createItem && !values.dueDate) found.dueDate = t('meetings.decisions.neededForItem');
    if (values.link && !values.createItem && !values.roadmapItemId) found.roadmapItemId = t('meetings.form.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body: DecisionInput = {
      text: values.text.trim(),
      agendaItemId: values.agendaItemId,
      responsibleOrganisationId: values.responsibleOrganisationId,
      dueDate: values.dueDate || null,
      ...(values.createItem
        ? { createRoadmapItem: true, ...(values.roadmapId ? { roadmapId: values.roadmapId } : {}) }
        : values.link
          ? { roadmapItemId: values.roadmapItemId }
          : {}),
    };
    create.mutate(body, {
      onSuccess: () => {
        setValues(EMPTY);
        setDone(true);
      },
    });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="decision-add">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id="decision-add">
            {t('meetings.decisions.add')}
          </Title>
          <Textarea
            label={t('meetings.decisions.text')}
            required
            autosize
            minRows={3}
            value={values.text}
            onChange={(event) => set('text', event.currentTarget.value)}
            error={errors.text}
          />
          <Select
            label={t('meetings.decisions.agendaItem')}
            data={(agenda.data ?? []).map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }))}
            value={values.agendaItemId}
            onChange={(value) => set('agendaItemId', value)}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OrganisationPicker
              label={t('meetings.decisions.responsible')}
              value={values.responsibleOrganisationId}
              onChange={(value) => set('responsibleOrganisationId', value)}
              error={errors.responsibleOrganisationId}
            />
            <DateField
              label={t('meetings.decisions.dueDate')}
              value={values.dueDate}
              onChange={(value) => set('dueDate', value)}
              error={errors.dueDate}
            />
          </SimpleGrid>
          <Checkbox
            label={t('meetings.decisions.createItem')}
            description={t('meetings.decisions.createItemHint')}
            checked={values.createItem}
            onChange={(event) => set('createItem', event.currentTarget.checked)}
          />
          <Checkbox
            label={t('meetings.decisions.link')}
            description={t('meetings.decisions.linkHint')}
            checked={values.link && !values.createItem}
            disabled={values.createItem}
            onChange={(event) => set('link', event.currentTarget.checked)}
          />
          {(values.createItem || values.link) && (
            <RoadmapItemPicker
              roadmapId={values.roadmapId}
              onRoadmapChange={(roadmapId) => set('roadmapId', roadmapId)}
              value={values.roadmapItemId}
              onChange={(roadmapItemId) => set('roadmapItemId', roadmapItemId)}
              withItem={!values.createItem}
              roadmapLabel={values.createItem ? t('meetings.decisions.newItemRoadmap') : undefined}
            />
          )}
          {errors.roadmapItemId && (
            <Text size="sm" c="red.9">
              {t('meetings.decisions.chooseItem')}
            </Text>
          )}
          <ApiErrorAlert error={create.error} />
          {done && (
            <Alert color="green.9" variant="light" role="status">
              {t('meetings.decisions.saved')}
            </Alert>
          )}
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.decisions.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** Решения: the decisions in order, with what they did to the roadmap; with addDecisions the form to record one. */
export function DecisionsSection({ meeting, fields }: { meeting: Meeting; fields: MeetingFields }) {
  const { t } = useTranslation();
  const format = useFormat();
  const decisions = useDecisions(meeting.id);
  const agenda = useAgenda(meeting.id);
  const titleOf = (agendaItemId: string | null) => agenda.data?.find((item) => item.id === agendaItemId);
  return (
    <Stack gap="sm">
      {decisions.isPending ? (
        <LoadingSkeleton rows={2} />
      ) : decisions.isError ? (
        <ErrorState error={decisions.error} onRetry={() => void decisions.refetch()} />
      ) : decisions.data.length === 0 ? (
        <EmptyResult title={t('meetings.decisions.empty')} />
      ) : (
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('meetings.decisions.title')}>
          {decisions.data.map((decision) => {
            const question = titleOf(decision.agendaItemId);
            return (
              <li key={decision.id}>
                <Card withBorder radius="md" padding="sm">
                  <Stack gap={4}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      <Text span fw={700}>
                        {decision.position}.
                      </Text>{' '}
                      {decision.text}
                    </Text>
                    {question && (
                      <Text size="sm" c="dimmed">
                        {t('meetings.decisions.onQuestion', { position: question.position, title: question.title })}
                      </Text>
                    )}
                    {(decision.responsibleOrganisationName || decision.dueDate) && (
                      <Text size="sm">
                        {[
                          decision.responsibleOrganisationName
                            ? t('meetings.decisions.responsibleIs', { name: decision.responsibleOrganisationName })
                            : null,
                          decision.dueDate ? t('meetings.decisions.dueIs', { date: format.date(decision.dueDate) }) : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    )}
                    {decision.roadmapItem && (
                      <Text size="sm">
                        {decision.createdRoadmapItem ? t('meetings.decisions.itemCreated') : t('meetings.decisions.progressAdded')}:{' '}
                        <AppLink to={`/items/${decision.roadmapItem.id}`} size="sm">
                          {t('meetings.roadmap.itemLink', { number: decision.roadmapItem.number, activity: decision.roadmapItem.activity })}
                        </AppLink>
                      </Text>
                    )}
                  </Stack>
                </Card>
              </li>
            );
          })}
        </Stack>
      )}
      {meeting.permissions.addDecisions && <DecisionForm meeting={meeting} fields={fields} />}
    </Stack>
  );
}

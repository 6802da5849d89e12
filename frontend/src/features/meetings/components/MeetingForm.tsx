import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { DateField } from '@/components/ui/DateField';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { MEETING_KINDS, type Meeting, type MeetingInput, type MeetingKind } from '@/lib/api/types';
import { dayOf, instantOf, timeOf } from '../time';
import type { MeetingFields } from './fields';

interface Values {
  title: string;
  kind: MeetingKind | null;
  day: string;
  start: string;
  end: string;
  place: string;
  videoUrl: string;
  chairPersonId: string | null;
  secretaryPersonId: string | null;
  number: string;
}

function initialValues(meeting?: Meeting): Values {
  return {
    title: meeting?.title ?? '',
    kind: meeting?.kind ?? null,
    day: dayOf(meeting?.startsAt),
    start: timeOf(meeting?.startsAt),
    end: timeOf(meeting?.endsAt),
    place: meeting?.place ?? '',
    videoUrl: meeting?.videoUrl ?? '',
    chairPersonId: meeting?.chair?.personId ?? null,
    secretaryPersonId: meeting?.secretary?.personId ?? null,
    number: meeting?.number ?? '',
  };
}

type Errors = Partial<Record<keyof Values, string>>;

/**
 * Plans a meeting or changes one: title, kind, day and time, place or video link, chair and secretary, the protocol's
 * number. In a modal; `onSubmit` sends the body and may fail (the error is shown in the form).
 */
export function MeetingForm({
  opened,
  onClose,
  meeting,
  onSubmit,
  busy,
  error,
  fields: { PersonPicker },
}: {
  opened: boolean;
  onClose: () => void;
  meeting?: Meeting;
  onSubmit: (body: MeetingInput) => void;
  busy: boolean;
  error: unknown;
  fields: MeetingFields;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [values, setValues] = useState<Values>(() => initialValues(meeting));
  const [errors, setErrors] = useState<Errors>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  const submit = () => {
    const found: Errors = {};
    if (!values.title.trim()) found.title = t('meetings.form.required');
    if (!values.kind) found.kind = t('meetings.form.required');
    if (!values.day) found.day = t('meetings.form.required');
    const startsAt = instantOf(values.day, values.start);
    if (!values.start) found.start = t('meetings.form.required');
    else if (values.day && !startsAt) found.start = t('meetings.form.badTime');
    const endsAt = values.end ? instantOf(values.day, values.end) : null;
    if (values.end && startsAt && (!endsAt || endsAt <= startsAt)) found.end = t('meetings.form.endBeforeStart');
    if (!values.place.trim() && !values.videoUrl.trim()) found.place = t('meetings.form.placeOrVideo');
    setErrors(found);
    if (Object.keys(found).length > 0 || !startsAt || !values.kind) return;
    onSubmit({
      title: values.title.trim(),
      kind: values.kind,
      startsAt,
      endsAt,
      place: values.place.trim() || null,
      videoUrl: values.videoUrl.trim() || null,
      chairPersonId: values.chairPersonId,
      secretaryPersonId: values.secretaryPersonId,
      number: values.number.trim() || null,
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={meeting ? t('meetings.form.editTitle') : t('meetings.form.createTitle')}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('meetings.form.title')}
            required
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
          />
          <Select
            label={t('meetings.form.kind')}
            required
            data={MEETING_KINDS.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) }))}
            value={values.kind}
            onChange={(kind) => set('kind', (kind as MeetingKind | null) ?? null)}
            error={errors.kind}
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateField label={t('meetings.form.day')} required value={values.day} onChange={(day) => set('day', day)} error={errors.day} />
            <TimeInput
              label={t('meetings.form.start')}
              required
              value={values.start}
              onChange={(event) => set('start', event.currentTarget.value)}
              error={errors.start}
            />
            <TimeInput
              label={t('meetings.form.end')}
              value={values.end}
              onChange={(event) => set('end', event.currentTarget.value)}
              error={errors.end}
            />
          </SimpleGrid>
          <TextInput
            label={t('meetings.form.place')}
            description={t('meetings.form.placeHint')}
            value={values.place}
            onChange={(event) => set('place', event.currentTarget.value)}
            error={errors.place}
          />
          <TextInput
            label={t('meetings.form.videoUrl')}
            type="url"
            value={values.videoUrl}
            onChange={(event) => set('videoUrl', event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PersonPicker
              label={t('meetings.form.chair')}
              value={values.chairPersonId}
              initial={meeting?.chair}
              onChange={(choice) => set('chairPersonId', choice?.personId ?? null)}
            />
            <PersonPicker
              label={t('meetings.form.secretary')}
              value={values.secretaryPersonId}
              initial={meeting?.secretary}
              onChange={(choice) => set('secretaryPersonId', choice?.personId ?? null)}
            />
          </SimpleGrid>
          <TextInput
            label={t('meetings.form.number')}
            value={values.number}
            onChange={(event) => set('number', event.currentTarget.value)}
          />
          <ApiErrorAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {meeting ? t('common.save') : t('meetings.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

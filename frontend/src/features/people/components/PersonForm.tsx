import { Alert, Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { flashState } from '@/components/ui/FlashMessage';
import { useServerErrors } from '@/lib/api/use-server-errors';
import { useCreatePerson } from '../api/people';
import type { OrganisationField } from './types';

export interface PersonFormValues {
  name: string;
  position: string;
  email: string;
  phone: string;
  organisationId: string;
}

/** Empty text is "none" (null) for the optional fields. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

export function validatePersonForm(required: string) {
  return {
    name: (value: string) => (value.trim() ? null : required),
    organisationId: (value: string) => (value ? null : required),
  };
}

/** «Добавить человека»: name, position, organisation (pre-filled when the page came from one), e-mail and phone. */
export function PersonForm({
  OrganisationPicker,
  organisationId,
  onCancel,
}: {
  OrganisationPicker: OrganisationField;
  organisationId?: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePerson();
  const form = useForm<PersonFormValues>({
    mode: 'controlled',
    initialValues: { name: '', position: '', email: '', phone: '', organisationId: organisationId ?? '' },
    validate: validatePersonForm(t('people.form.required')),
  });
  const server = useServerErrors(form);

  const submit = (values: PersonFormValues) => {
    server.clear();
    create.mutate(
      {
        name: values.name.trim(),
        organisationId: values.organisationId,
        position: orNull(values.position),
        email: orNull(values.email),
        phone: orNull(values.phone),
      },
      {
        onSuccess: (person) => void navigate(`/people/${person.id}`, { state: flashState('people.created', { name: person.name }) }),
        onError: server.show,
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" maw={640}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <TextInput label={t('people.name')} required autoComplete="off" {...form.getInputProps('name')} />
          <TextInput label={t('people.position')} {...form.getInputProps('position')} />
          <OrganisationPicker
            label={t('people.organisation')}
            required
            value={form.values.organisationId || null}
            onChange={(id) => form.setFieldValue('organisationId', id ?? '')}
            error={form.errors.organisationId}
          />
          <TextInput label={t('people.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label={t('people.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          {server.message && (
            <Alert color="red.9" variant="light" role="alert" title={t('errors.actionFailed')}>
              {server.message}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

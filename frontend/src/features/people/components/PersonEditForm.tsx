import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isStaleVersion } from '@/lib/api/problem';
import type { Person, PersonPatch } from '@/lib/api/types';
import { useServerErrors } from '@/lib/api/use-server-errors';
import { useUpdatePerson } from '../api/people';
import { orNull } from './PersonForm';

interface EditValues {
  name: string;
  position: string;
  email: string;
  phone: string;
}

/**
 * Changes name, position, e-mail and phone: only what changed is sent (a merge patch) with the version loaded
 * (If-Match). A change made meanwhile by someone else (412) is reported and the page reloads the person.
 */
export function PersonEditForm({ person, onDone, onStale }: { person: Person; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(person);
  const initial: EditValues = {
    name: person.name,
    position: person.position ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
  };
  const form = useForm<EditValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: { name: (value) => (value.trim() ? null : t('people.form.required')) },
  });
  const server = useServerErrors(form);

  const submit = (values: EditValues) => {
    server.clear();
    const patch: PersonPatch = {};
    if (values.name.trim() !== person.name) patch.name = values.name.trim();
    if (orNull(values.position) !== person.position) patch.position = orNull(values.position);
    // Contacts the caller may not see come as null: sent only when typed in.
    if (orNull(values.email) !== person.email) patch.email = orNull(values.email);
    if (orNull(values.phone) !== person.phone) patch.phone = orNull(values.phone);
    if (Object.keys(patch).length === 0) {
      onDone();
      return;
    }
    update.mutate(patch, {
      onSuccess: onDone,
      onError: (error) => (isStaleVersion(error) ? onStale() : server.show(error)),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('people.edit')}>
      <Stack gap="sm">
        <TextInput label={t('people.name')} required autoComplete="off" {...form.getInputProps('name')} />
        <TextInput label={t('people.position')} {...form.getInputProps('position')} />
        <TextInput label={t('people.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
        <TextInput label={t('people.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        {server.message && (
          <Alert color="red.9" variant="light" role="alert" title={t('errors.actionFailed')}>
            {server.message}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

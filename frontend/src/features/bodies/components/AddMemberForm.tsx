import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { DateField } from '@/components/ui/DateField';
import { BODY_ROLES, type BodyRole } from '@/lib/api/types';
import { useAddMember } from '../api/bodies';
import type { PersonField } from './fields';

/** «Добавить члена»: a person, the role, the first day (today when empty) and a note (the registry's group). */
export function AddMemberForm({
  bodyId,
  onAdded,
  PersonPicker,
}: {
  bodyId: string;
  onAdded: (name: string) => void;
  PersonPicker: PersonField;
}) {
  const { t } = useTranslation();
  const add = useAddMember(bodyId);
  // A new person field after each addition (its search text and choice start empty again).
  const [round, setRound] = useState(0);
  const form = useForm({
    initialValues: { personId: null as string | null, role: 'MEMBER' as BodyRole, from: '', note: '' },
    validate: { personId: (value) => (value ? null : t('bodies.personRequired')) },
  });
  const roles = BODY_ROLES.map((role) => ({ value: role, label: t(`bodies.role.${role}`) }));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="body-add-member">
      <Title order={2} size="h5" id="body-add-member" mb="xs">
        {t('bodies.addMember')}
      </Title>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          add.mutate(
            {
              personId: values.personId!,
              role: values.role,
              ...(values.from ? { from: values.from } : {}),
              ...(values.note.trim() ? { note: values.note.trim() } : {}),
            },
            {
              onSuccess: (member) => {
                form.reset();
                setRound((n) => n + 1);
                onAdded(member.personName);
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          <PersonPicker
            key={round}
            label={t('bodies.person')}
            placeholder={t('bodies.personPlaceholder')}
            required
            value={form.values.personId}
            onChange={(choice) => form.setFieldValue('personId', choice?.personId ?? null)}
            error={form.errors.personId}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('bodies.roleLabel')}
              data={roles}
              allowDeselect={false}
              required
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('role')}
            />
            <DateField label={t('bodies.from')} description={t('bodies.fromHint')} clearable {...form.getInputProps('from')} />
          </SimpleGrid>
          <TextInput label={t('bodies.note')} description={t('bodies.noteHint')} {...form.getInputProps('note')} />
          <ApiErrorAlert error={add.error} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('bodies.addMember')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Button, Checkbox, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '@/lib/api/types';
import { useGrantRoles } from '../api/people';

/** Checkboxes for the roles the caller may grant; roles the caller may not grant stay as they are. */
export function RolesEditor({ person, onSaved, onError }: { person: Person; onSaved: () => void; onError: (error: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const grant = useGrantRoles(person.id);
  const [checked, setChecked] = useState<string[]>(() => person.roles.filter((role) => person.grantableRoles.includes(role)));
  const label = (role: string) => (i18n.exists(`roles.${role}`) ? t(`roles.${role}`) : role);

  const save = () => {
    const kept = person.roles.filter((role) => !person.grantableRoles.includes(role));
    grant.mutate([...kept, ...checked], { onSuccess: onSaved, onError });
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Checkbox.Group label={t('people.roles')} value={checked} onChange={setChecked}>
        <Stack gap={4} mt={4}>
          {person.grantableRoles.map((role) => (
            <Checkbox key={role} value={role} label={label(role)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Button variant="light" onClick={save} loading={grant.isPending}>
        {t('people.saveRoles')}
      </Button>
    </Stack>
  );
}

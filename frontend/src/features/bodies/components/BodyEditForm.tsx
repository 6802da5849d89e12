import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import type { Body } from '@/lib/api/types';
import { useUpdateBody } from '../api/bodies';

/** Renames or describes the body; only what changed is sent, with the version it was loaded at. */
export function BodyEditForm({ body, onDone, onCancel }: { body: Body; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateBody(body);
  const form = useForm({
    initialValues: { name: body.name, description: body.description ?? '' },
    validate: { name: (value) => (value.trim() ? null : t('bodies.nameRequired')) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const name = values.name.trim();
        const description = values.description.trim() || null;
        const patch = {
          ...(name !== body.name ? { name } : {}),
          ...(description !== body.description ? { description } : {}),
        };
        if (Object.keys(patch).length === 0) {
          onCancel();
          return;
        }
        update.mutate(patch, { onSuccess: onDone });
      })}
    >
      <Stack gap="sm">
        <TextInput label={t('bodies.name')} required {...form.getInputProps('name')} />
        <Textarea label={t('bodies.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <ApiErrorAlert error={update.error} />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

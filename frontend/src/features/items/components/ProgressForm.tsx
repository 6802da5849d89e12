import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLimitNotice } from '@/components/ui/LimitedText';
import { PROGRESS_TEXT_MAX } from '@/config/constants';
import { ITEM_STATUSES, type ProgressUpdateCreate, type RoadmapItem } from '@/lib/api/types';
import { useServerErrors } from '@/lib/api/use-server-errors';
import { useAddProgressUpdate } from '../api/items';
import { emptyProgressForm, type ProgressFormValues, progressSchema } from '../validation';

/**
 * The form to report progress on an item, checked by the same rules as on the server. The status selector is there
 * only when the item's `permissions.changeStatus` allows it; otherwise the report is sent without a status.
 */
export function ProgressForm({ item }: { item: RoadmapItem }) {
  const { t } = useTranslation();
  const mutation = useAddProgressUpdate(item);
  const canChangeStatus = item.permissions.changeStatus;
  const schema = useMemo(() => progressSchema((key) => t(key, { max: PROGRESS_TEXT_MAX })), [t]);
  const form = useForm<ProgressFormValues>({ mode: 'controlled', initialValues: emptyProgressForm, validate: zod4Resolver(schema) });
  const server = useServerErrors(form);
  const [saved, setSaved] = useState(false);

  const onSubmit = (values: ProgressFormValues) => {
    const evidenceUrl = values.evidenceUrl.trim();
    const body: ProgressUpdateCreate = {
      text: values.text.trim(),
      ...(canChangeStatus && values.status ? { status: values.status } : {}),
      ...(evidenceUrl ? { evidenceUrl } : {}),
    };
    mutation.mutate(body, {
      onSuccess: () => {
        form.reset();
        setSaved(true);
      },
      onError: server.show,
    });
  };

  const statusOptions = [
    { value: '', label: t('progress.statusUnchanged') },
    ...ITEM_STATUSES.filter((value) => value !== item.status).map((value) => ({ value, label: t(`status.item.${value}`) })),
  ];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="progress-form-title">
      <form
        onSubmit={form.onSubmit((values) => {
          setSaved(false);
          server.clear();
          onSubmit(values);
        })}
        noValidate
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="progress-form-title">
            {t('progress.formTitle')}
          </Title>
          <Textarea
            label={t('progress.text')}
            description={t('progress.textDescription', { max: PROGRESS_TEXT_MAX, length: form.values.text.length })}
            {...form.getInputProps('text')}
            required
            autosize
            minRows={3}
            maxRows={12}
          />
          {/* Nothing is cut: a longer (for example pasted) text stays whole, with a warning, and is not sent until shortened. */}
          <TextLimitNotice length={form.values.text.length} max={PROGRESS_TEXT_MAX} />
          {canChangeStatus ? (
            <NativeSelect label={t('progress.status')} data={statusOptions} {...form.getInputProps('status')} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('progress.statusNotAllowed')}
            </Text>
          )}
          <TextInput
            type="url"
            inputMode="url"
            label={t('progress.evidenceUrl')}
            description={t('progress.evidenceUrlDescription')}
            placeholder="https://"
            {...form.getInputProps('evidenceUrl')}
          />
          {server.message && (
            <Alert color="red.9" variant="light" role="alert" title={t('errors.actionFailed')}>
              {server.message}
            </Alert>
          )}
          {saved && (
            <Alert color="green.9" variant="light" role="status">
              {t('progress.saved')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {t('progress.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

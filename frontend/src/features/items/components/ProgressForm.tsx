import { Alert, Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_TEXT_MAX } from '@/config/constants';
import { isApiError } from '@/lib/api/problem';
import { ITEM_STATUSES, isItemStatus, type ItemStatus, type RoadmapItem } from '@/lib/api/types';
import { useAddProgressUpdate } from '../api/items';
import { validateProgress } from '../validation';

type Field = 'text' | 'status' | 'evidenceUrl';
const FIELDS: readonly Field[] = ['text', 'status', 'evidenceUrl'];

/** Maps the server's field names ("text", "body.text", "evidenceUrl") to the form's fields. */
function formField(name: string): Field | undefined {
  const last = name
    .split(/[.[\]]/)
    .filter(Boolean)
    .pop();
  return FIELDS.find((field) => field === last);
}

/** The form a responsible organisation uses to report progress; checked by the same rules as on the server. */
export function ProgressForm({ item }: { item: RoadmapItem }) {
  const { t } = useTranslation();
  const mutation = useAddProgressUpdate(item);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ItemStatus | ''>('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setGeneralError(null);
    const local = validateProgress({ text, evidenceUrl });
    const localMessages: Partial<Record<Field, string>> = {};
    if (local.text) localMessages.text = t(local.text, { max: PROGRESS_TEXT_MAX });
    if (local.evidenceUrl) localMessages.evidenceUrl = t(local.evidenceUrl);
    setErrors(localMessages);
    if (Object.keys(localMessages).length > 0) return;

    mutation.mutate(
      { text: text.trim(), ...(status ? { status } : {}), ...(evidenceUrl.trim() ? { evidenceUrl: evidenceUrl.trim() } : {}) },
      {
        onSuccess: () => {
          setText('');
          setStatus('');
          setEvidenceUrl('');
          setErrors({});
          setSaved(true);
        },
        onError: (error) => {
          if (!isApiError(error)) {
            setGeneralError(t('errors.network'));
            return;
          }
          const fieldMessages: Partial<Record<Field, string>> = {};
          const unplaced: string[] = [];
          for (const [name, message] of Object.entries(error.fieldErrors())) {
            const field = formField(name);
            if (field) fieldMessages[field] = message;
            else unplaced.push(message);
          }
          setErrors(fieldMessages);
          if (Object.keys(fieldMessages).length === 0 || unplaced.length > 0) {
            setGeneralError([error.problem?.detail ?? error.message, ...unplaced].join(' '));
          }
        },
      },
    );
  };

  const statusOptions = [
    { value: '', label: t('progress.statusUnchanged') },
    ...ITEM_STATUSES.filter((value) => value !== item.status).map((value) => ({ value, label: t(`status.item.${value}`) })),
  ];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="progress-form-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="progress-form-title">
            {t('progress.formTitle')}
          </Title>
          <Textarea
            label={t('progress.text')}
            description={t('progress.textDescription', { max: PROGRESS_TEXT_MAX, length: text.length })}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={errors.text}
            required
            autosize
            minRows={3}
            maxRows={12}
            maxLength={PROGRESS_TEXT_MAX}
          />
          <NativeSelect
            label={t('progress.status')}
            data={statusOptions}
            value={status}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setStatus(isItemStatus(value) ? value : '');
            }}
            error={errors.status}
          />
          <TextInput
            type="url"
            inputMode="url"
            label={t('progress.evidenceUrl')}
            description={t('progress.evidenceUrlDescription')}
            placeholder="https://"
            value={evidenceUrl}
            onChange={(event) => setEvidenceUrl(event.currentTarget.value)}
            error={errors.evidenceUrl}
          />
          {generalError && (
            <Alert color="red.9" variant="light" role="alert" title={t('errors.actionFailed')}>
              {generalError}
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

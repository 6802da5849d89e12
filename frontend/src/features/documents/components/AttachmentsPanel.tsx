import { ActionIcon, Alert, Button, FileButton, Group, NativeSelect, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { useFormat } from '@/i18n/use-format';
import type { UploadProgress } from '@/lib/api/client';
import type { Attachment, ProgressUpdate } from '@/lib/api/types';
import { useAttachments, useDeleteAttachment, useDownloadAttachment, useProgressUpdates, useUploadAttachment } from '../api/documents';

/** What a phone's camera or a file picker may give: documents and photos (the server tells them by their content). */
export const EVIDENCE_ACCEPT = 'application/pdf,image/*,.doc,.docx,.xls,.xlsx,.odt,.ods,.txt,.heic';

/** "1,2 МБ", "340 КБ", "12 Б". */
export function sizeText(bytes: number, language: string): string {
  const ru = language !== 'en';
  const units = ru ? ['Б', 'КБ', 'МБ'] : ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toLocaleString(ru ? 'ru' : 'en', { maximumFractionDigits: 1 });
  return `${text} ${units[unit]}`;
}

function FileRow({
  file,
  onDownload,
  onDelete,
  deleting,
}: {
  file: Attachment;
  onDownload: () => void;
  onDelete: () => void;
  deleting: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="xs" data-testid="attachment">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {file.fileName}
          </Text>
          <Text size="xs">
            {sizeText(file.size, i18n.language)} · {file.createdBy} · {format.dateTime(file.createdAt)}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={onDownload} aria-label={t('documents.files.downloadNamed', { name: file.fileName })}>
            {t('documents.files.download')}
          </Button>
          {file.permissions.delete && (
            <ActionIcon
              size="lg"
              variant="subtle"
              color="red.9"
              loading={deleting}
              onClick={onDelete}
              aria-label={t('documents.files.deleteNamed', { name: file.fileName })}
            >
              ✕
            </ActionIcon>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

function updateLabel(update: ProgressUpdate, date: (value: string) => string): string {
  const text = update.text.length > 60 ? `${update.text.slice(0, 59)}…` : update.text;
  return `${date(update.createdAt)} — ${text}`;
}

/**
 * The evidence of an item: its files and each progress update's, downloadable by whoever reads the item; those who
 * may report progress upload a document or take a photo with the phone's camera, for the item or one of its updates.
 */
export function AttachmentsPanel({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const files = useAttachments(itemId);
  const updates = useProgressUpdates(itemId);
  const upload = useUploadAttachment(itemId);
  const remove = useDeleteAttachment(itemId);
  const download = useDownloadAttachment();
  const [target, setTarget] = useState('');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [asked, setAsked] = useState<string | null>(null);

  const send = (file: File | null) => {
    if (!file) return;
    setProgress(null);
    upload.mutate({ file, progressUpdateId: target || undefined, onProgress: setProgress });
  };
  const list = files.data?.items ?? [];
  const byUpdate = new Map<string, Attachment[]>();
  list.forEach((file) => byUpdate.set(file.progressUpdateId ?? '', [...(byUpdate.get(file.progressUpdateId ?? '') ?? []), file]));
  const updateList = updates.data?.items ?? [];
  const percent = progress && progress.total > 0 ? Math.round((progress.loaded * 100) / progress.total) : 0;

  return (
    <Stack gap="md">
      {files.isError && <ApiErrorAlert error={files.error} />}
      {files.data?.canUpload && (
        <Paper withBorder p="sm">
          <Stack gap="sm">
            <NativeSelect
              label={t('documents.files.for')}
              data={[
                { value: '', label: t('documents.files.forItem') },
                ...updateList.map((update) => ({ value: update.id, label: updateLabel(update, format.date) })),
              ]}
              value={target}
              onChange={(event) => setTarget(event.currentTarget.value)}
            />
            <Group gap="sm" wrap="wrap">
              <FileButton onChange={send} accept={EVIDENCE_ACCEPT}>
                {(props) => (
                  <Button {...props} loading={upload.isPending}>
                    {t('documents.files.choose')}
                  </Button>
                )}
              </FileButton>
              <FileButton onChange={send} accept="image/*" capture="environment">
                {(props) => (
                  <Button {...props} variant="light" disabled={upload.isPending}>
                    {t('documents.files.photo')}
                  </Button>
                )}
              </FileButton>
            </Group>
            <Text size="xs">{t('documents.files.limits', { size: Math.round((files.data.maxSize ?? 0) / (1024 * 1024)) })}</Text>
            {upload.isPending && (
              <Stack gap={4} role="status" aria-live="polite">
                <Progress value={percent} aria-label={t('documents.files.uploading')} />
                <Text size="sm">{t('documents.files.sending', { percent })}</Text>
              </Stack>
            )}
            {upload.isError && <ApiErrorAlert error={upload.error} title={t('documents.files.failed')} />}
            {upload.isSuccess && !upload.isPending && (
              <Alert color="green.9" variant="light" role="status">
                {t('documents.files.uploaded', { name: upload.data.fileName })}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}
      {files.data && list.length === 0 && <Text size="sm">{t('documents.files.none')}</Text>}
      {[...byUpdate.entries()].map(([updateId, group]) => {
        const update = updateList.find((u) => u.id === updateId);
        return (
          <Stack key={updateId} gap="xs">
            <Title order={3} size="h5">
              {updateId === ''
                ? t('documents.files.ofItem')
                : update
                  ? t('documents.files.ofUpdate', { update: updateLabel(update, format.date) })
                  : t('documents.files.ofSomeUpdate')}
            </Title>
            {group.map((file) => (
              <FileRow
                key={file.id}
                file={file}
                onDownload={() => download.mutate(file)}
                deleting={remove.isPending && asked === file.id}
                onDelete={() => {
                  if (asked === file.id) {
                    remove.mutate(file.id, { onSettled: () => setAsked(null) });
                  } else {
                    setAsked(file.id);
                  }
                }}
              />
            ))}
            {group.some((file) => file.id === asked) && !remove.isPending && (
              <Alert color="orange.9" variant="light" role="alert">
                {t('documents.files.confirmDelete')}
              </Alert>
            )}
          </Stack>
        );
      })}
      {download.isError && <ApiErrorAlert error={download.error} title={t('documents.files.downloadFailed')} />}
      {remove.isError && <ApiErrorAlert error={remove.error} />}
    </Stack>
  );
}

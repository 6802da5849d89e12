import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { DateField } from '@/components/ui/DateField';
import { type DocumentFormat, type useRoadmapDocument } from '../api/documents';

/**
 * The execution report's day and format, inside RoadmapDocuments' dialog. Its own module because the date field brings
 * the date library, which the roadmap's page does not need until the dialog opens.
 */
export function ExecutionReportForm({
  roadmapId,
  today,
  download,
  onClose,
}: {
  roadmapId: string;
  today: string;
  download: ReturnType<typeof useRoadmapDocument>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(today);
  const [format, setFormat] = useState<DocumentFormat>('docx');
  return (
    <Stack gap="md">
      <Text size="sm">{t('documents.export.executionHint')}</Text>
      <DateField label={t('documents.export.asOf')} value={asOf} onChange={(value) => setAsOf(value || today)} />
      <NativeSelect
        label={t('documents.export.format')}
        data={[
          { value: 'docx', label: t('documents.export.docx') },
          { value: 'xlsx', label: t('documents.export.xlsx') },
        ]}
        value={format}
        onChange={(event) => setFormat(event.currentTarget.value as DocumentFormat)}
      />
      {download.isError && <ApiErrorAlert error={download.error} title={t('documents.export.failed')} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={download.isPending}
          onClick={() => download.mutate({ roadmapId, kind: 'execution', format, asOf }, { onSuccess: onClose })}
        >
          {t('documents.export.download')}
        </Button>
      </Group>
    </Stack>
  );
}

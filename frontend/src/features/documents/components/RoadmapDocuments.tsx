import { Button, Group, Menu, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { DateField } from '@/components/ui/DateField';
import { useRoadmapDocument, type DocumentFormat } from '../api/documents';

/**
 * The roadmap's documents: the roadmap itself as a Word table or a workbook, and the execution report as of a day.
 * Whoever reads the roadmap may download them.
 */
export function RoadmapDocuments({ roadmapId, today, size = 'sm' }: { roadmapId: string; today: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const download = useRoadmapDocument();
  const [reportOpen, setReportOpen] = useState(false);
  const [asOf, setAsOf] = useState(today);
  const [format, setFormat] = useState<DocumentFormat>('docx');
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="light" size={size} loading={download.isPending && !reportOpen}>
            {t('documents.export.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => download.mutate({ roadmapId, kind: 'roadmap', format: 'docx' })}>
            {t('documents.export.roadmapDocx')}
          </Menu.Item>
          <Menu.Item onClick={() => download.mutate({ roadmapId, kind: 'roadmap', format: 'xlsx' })}>
            {t('documents.export.roadmapXlsx')}
          </Menu.Item>
          <Menu.Item onClick={() => setReportOpen(true)}>{t('documents.export.execution')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {download.isError && !reportOpen && <ApiErrorAlert error={download.error} title={t('documents.export.failed')} />}
      <Modal opened={reportOpen} onClose={() => setReportOpen(false)} title={t('documents.export.executionTitle')}>
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
            <Button variant="default" onClick={() => setReportOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={download.isPending}
              onClick={() => download.mutate({ roadmapId, kind: 'execution', format, asOf }, { onSuccess: () => setReportOpen(false) })}
            >
              {t('documents.export.download')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

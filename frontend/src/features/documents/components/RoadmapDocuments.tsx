import { Button, Center, Loader, Menu, Modal } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { useRoadmapDocument } from '../api/documents';

const ExecutionReportForm = lazy(async () => ({ default: (await import('./ExecutionReportForm')).ExecutionReportForm }));

/**
 * The roadmap's documents: the roadmap itself as a Word table or a workbook, and the execution report as of a day.
 * Whoever reads the roadmap may download them.
 */
export function RoadmapDocuments({ roadmapId, today, size = 'sm' }: { roadmapId: string; today: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const download = useRoadmapDocument();
  const [reportOpen, setReportOpen] = useState(false);
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
        <Suspense
          fallback={
            <Center mih={240}>
              <Loader size="sm" aria-label={t('common.loading')} />
            </Center>
          }
        >
          <ExecutionReportForm roadmapId={roadmapId} today={today} download={download} onClose={() => setReportOpen(false)} />
        </Suspense>
      </Modal>
    </>
  );
}

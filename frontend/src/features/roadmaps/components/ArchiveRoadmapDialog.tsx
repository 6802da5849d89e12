import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import type { Roadmap } from '@/lib/api/types';
import { useArchiveRoadmap } from '../api/roadmaps';

/** Asks before archiving: archiving freezes the roadmap (no edits, no progress reports) and is not undone. */
export function ArchiveRoadmapDialog({
  roadmap,
  onClose,
  onArchived,
}: {
  roadmap: Roadmap | null;
  onClose: () => void;
  onArchived: (archived: Roadmap) => void;
}) {
  const { t } = useTranslation();
  const archive = useArchiveRoadmap();
  const close = () => {
    archive.reset();
    onClose();
  };
  return (
    <Modal
      opened={roadmap !== null}
      onClose={close}
      title={t('roadmaps.archiveTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm">{t('roadmaps.archiveConfirm', { title: roadmap?.title ?? '' })}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('roadmaps.archiveLockEdits')}</List.Item>
          <List.Item>{t('roadmaps.archiveLockProgress')}</List.Item>
          <List.Item>{t('roadmaps.archiveStays')}</List.Item>
          <List.Item>{t('roadmaps.archiveFinal')}</List.Item>
        </List>
        {archive.isError && (
          <Alert color="red.9" variant="light" title={t('errors.actionFailed')} role="alert">
            {isApiError(archive.error) ? archive.error.message : t('errors.network')}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={archive.isPending}
            onClick={() => roadmap && archive.mutate(roadmap.id, { onSuccess: onArchived })}
          >
            {t('roadmaps.archive')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

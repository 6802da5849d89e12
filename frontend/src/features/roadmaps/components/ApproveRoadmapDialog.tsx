import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Roadmap } from '@/lib/api/types';

/** Asks before approving a draft, saying what approval locks and what stays open. `onConfirm` approves. */
export function ApproveRoadmapDialog({
  roadmap,
  onClose,
  onConfirm,
}: {
  roadmap: Roadmap | null;
  onClose: () => void;
  onConfirm: (roadmap: Roadmap) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={roadmap !== null}
      onClose={onClose}
      title={t('roadmaps.approveTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm">{t('roadmaps.approveConfirm', { title: roadmap?.title ?? '' })}</Text>
        <Text size="sm" fw={600}>
          {t('roadmaps.approveLocks')}
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('roadmaps.approveLockDraft')}</List.Item>
          <List.Item>{t('roadmaps.approveLockVisible')}</List.Item>
          <List.Item>{t('roadmaps.approveLockProgress')}</List.Item>
          <List.Item>{t('roadmaps.approveLockEdits')}</List.Item>
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="green.9" onClick={() => roadmap && onConfirm(roadmap)}>
            {t('roadmaps.approve')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

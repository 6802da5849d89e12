import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { flashState } from '@/components/ui/FlashMessage';
import { isApiError, isStaleVersion } from '@/lib/api/problem';
import type { RoadmapItem } from '@/lib/api/types';
import { useDeleteItem, useItem } from '../api/items';

/**
 * Asks before deleting an item, naming its number; then deletes the version shown (If-Match) and goes back to the
 * roadmap's items. Says why the server refused: progress was reported (cancel the item instead), or the item
 * changed meanwhile (the page reloads it).
 */
export function DeleteItemDialog({ item, opened, onClose }: { item: RoadmapItem; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteItem();
  const current = useItem(item.id);
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () =>
    remove.mutate(item, {
      onSuccess: () => void navigate(`/roadmaps/${item.roadmapId}`, { state: flashState('itemForm.deleted', { number: item.number }) }),
      onError: (error) => {
        if (isStaleVersion(error)) void current.refetch();
      },
    });
  const message = remove.isError
    ? isStaleVersion(remove.error)
      ? t('itemForm.deleteStale')
      : isApiError(remove.error)
        ? remove.error.message
        : t('errors.network')
    : null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('itemForm.deleteTitle', { number: item.number })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('itemForm.deleteConfirm', { number: item.number, activity: item.activity })}
        </Text>
        <Text size="sm">{t('itemForm.deleteProgressHint')}</Text>
        {message && (
          <Alert color="red.9" variant="light" title={t('errors.actionFailed')} role="alert">
            {message}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={confirm} loading={remove.isPending}>
            {t('itemForm.deleteButton', { number: item.number })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

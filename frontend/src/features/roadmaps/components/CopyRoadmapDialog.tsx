import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { RoadmapStatusBadge } from '@/components/ui/StatusBadge';
import { useFormat } from '@/i18n/use-format';
import { isApiError } from '@/lib/api/problem';
import type { Roadmap } from '@/lib/api/types';
import { useCopyPreview, useCopyRoadmap } from '../api/roadmaps';

/**
 * Asks before copying a roadmap: names the new draft and its period, how far the deadlines move, and warns when
 * roadmaps for that period already exist. On confirm it copies and hands the new draft to `onCopied`.
 */
export function CopyRoadmapDialog({
  roadmap,
  onClose,
  onCopied,
}: {
  roadmap: Roadmap | null;
  onClose: () => void;
  onCopied: (created: Roadmap) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const preview = useCopyPreview(roadmap?.id);
  const copy = useCopyRoadmap();

  const close = () => {
    copy.reset();
    onClose();
  };
  const confirm = () => {
    if (!roadmap) return;
    copy.mutate(roadmap.id, { onSuccess: onCopied });
  };

  return (
    <Modal
      opened={roadmap !== null}
      onClose={close}
      title={t('roadmaps.copyTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {preview.isPending ? (
        <LoadingSkeleton rows={2} />
      ) : preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            {t('roadmaps.copyWillCreate', {
              title: preview.data.title,
              period: format.period(preview.data.periodStart, preview.data.periodEnd),
            })}
          </Text>
          <Text size="sm">
            {t('roadmaps.copyItems', { count: Number(preview.data.itemCount), formatted: format.number(Number(preview.data.itemCount)) })}{' '}
            {t('roadmaps.copyYears', { count: preview.data.years })}
          </Text>
          {preview.data.existing.length > 0 && (
            <Alert color="orange.9" variant="light" title={t('roadmaps.copyExistingTitle')} role="note">
              <Stack gap="xs">
                <List size="sm" spacing={4} listStyleType="none" withPadding={false}>
                  {preview.data.existing.map((existing) => (
                    <List.Item key={existing.id}>
                      <Group gap={6} wrap="wrap">
                        <AppLink to={`/roadmaps/${existing.id}`} size="sm">
                          {existing.title}
                        </AppLink>
                        <RoadmapStatusBadge status={existing.status} size="sm" />
                        <Text span size="sm">
                          {format.period(existing.periodStart, existing.periodEnd)}
                        </Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
                <Text size="sm">{t('roadmaps.copyExistingHint')}</Text>
              </Stack>
            </Alert>
          )}
          {copy.isError && (
            <Alert color="red.9" variant="light" title={t('errors.actionFailed')} role="alert">
              {isApiError(copy.error) ? copy.error.message : t('errors.network')}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirm} loading={copy.isPending}>
              {t('roadmaps.copyConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

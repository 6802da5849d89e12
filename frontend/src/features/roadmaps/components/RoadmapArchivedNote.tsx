import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoadmapStatus } from '@/lib/api/types';

/** Says that an archived roadmap is frozen; nothing for a draft or an approved one. */
export function RoadmapArchivedNote({ status }: { status: RoadmapStatus | undefined }) {
  const { t } = useTranslation();
  if (status !== 'ARCHIVED') return null;
  return (
    <Alert color="indigo.9" variant="light" role="note" p="xs" data-testid="roadmap-archived">
      {t('roadmaps.archivedNote')}
    </Alert>
  );
}

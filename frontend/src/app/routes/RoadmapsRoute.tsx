import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/PageHeader';
import { CreateRoadmapButton, RoadmapList, useRoadmaps } from '@/features/roadmaps';
import { useDocumentTitle } from './use-document-title';

export function RoadmapsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('roadmaps.title'));
  return (
    <>
      <PageHeader
        title={t('roadmaps.title')}
        actions={
          <Group gap="sm" wrap="wrap">
            <CreateRoadmapButton />
            <ImportButton />
          </Group>
        }
      />
      <RoadmapList />
    </>
  );
}

/** Import a roadmap from its Word table or text export: for those who create roadmaps. */
function ImportButton() {
  const { t } = useTranslation();
  const roadmaps = useRoadmaps();
  if (!roadmaps.data?.permissions.create) return null;
  return (
    <Button component={Link} to="/roadmaps/import" variant="light">
      {t('documents.import.open')}
    </Button>
  );
}

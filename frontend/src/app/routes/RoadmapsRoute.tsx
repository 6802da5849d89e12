import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { CreateRoadmapButton, RoadmapList } from '@/features/roadmaps';
import { useDocumentTitle } from './use-document-title';

export function RoadmapsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('roadmaps.title'));
  return (
    <>
      <PageHeader title={t('roadmaps.title')} actions={<CreateRoadmapButton />} />
      <RoadmapList />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppBreadcrumbs } from '@/components/ui/AppBreadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';
import { RoadmapDashboard } from '@/features/dashboard';
import { useRoadmap } from '@/features/roadmaps';
import { useDocumentTitle } from './use-document-title';

/** `/roadmaps/:roadmapId/dashboard` (loaded on demand: the charts are the heaviest part of the app). */
export default function DashboardRoute() {
  const { roadmapId = '' } = useParams();
  const { t } = useTranslation();
  const roadmap = useRoadmap(roadmapId);
  useDocumentTitle(t('dashboard.title'));
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        above={
          <AppBreadcrumbs
            items={[
              { to: '/roadmaps', label: t('nav.roadmaps') },
              { to: `/roadmaps/${roadmapId}`, label: roadmap.data?.title ?? t('dashboard.roadmap') },
            ]}
          />
        }
      />
      <RoadmapDashboard roadmapId={roadmapId} />
    </>
  );
}

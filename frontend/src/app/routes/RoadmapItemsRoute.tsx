import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AppBreadcrumbs } from '@/components/ui/AppBreadcrumbs';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingTitle } from '@/components/ui/QueryStates';
import { RoadmapStatusBadge } from '@/components/ui/StatusBadge';
import { RoadmapItemsView } from '@/features/items';
import { OrganisationPicker } from '@/features/organisations';
import { useRoadmap } from '@/features/roadmaps';
import { useFormat } from '@/i18n/use-format';
import { isApiError } from '@/lib/api/problem';
import { useDocumentTitle } from './use-document-title';

/** `/roadmaps/:roadmapId`: the roadmap's title and its items. */
export function RoadmapItemsRoute() {
  const { roadmapId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const roadmap = useRoadmap(roadmapId);
  useDocumentTitle(roadmap.data?.title);

  if (roadmap.isError) {
    if (isApiError(roadmap.error) && roadmap.error.status === 404) {
      return <EmptyResult title={t('roadmaps.notFound')} action={<AppLink to="/roadmaps">{t('nav.roadmaps')}</AppLink>} />;
    }
    return <ErrorState error={roadmap.error} onRetry={() => void roadmap.refetch()} />;
  }

  return (
    <>
      <PageHeader
        title={roadmap.data?.title ?? <LoadingTitle />}
        above={<AppBreadcrumbs items={[{ to: '/roadmaps', label: t('nav.roadmaps') }]} />}
        actions={
          <Button component={Link} to={`/roadmaps/${roadmapId}/dashboard`} variant="light" size="sm">
            {t('roadmaps.openDashboard')}
          </Button>
        }
      >
        {roadmap.data && (
          <Group gap="xs">
            <RoadmapStatusBadge status={roadmap.data.status} />
            <Text size="sm">
              {t('roadmaps.period')}: {format.period(roadmap.data.periodStart, roadmap.data.periodEnd)}
            </Text>
          </Group>
        )}
      </PageHeader>
      <RoadmapItemsView roadmapId={roadmapId} renderOrganisationFilter={(props) => <OrganisationPicker {...props} />} />
    </>
  );
}

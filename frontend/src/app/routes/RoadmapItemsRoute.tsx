import { Button, Group, Text, TextInput } from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AppBreadcrumbs } from '@/components/ui/AppBreadcrumbs';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingTitle } from '@/components/ui/QueryStates';
import { RoadmapStatusBadge } from '@/components/ui/StatusBadge';
import { RoadmapItemsView } from '@/features/items';
import { RoadmapActions, useRoadmap } from '@/features/roadmaps';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import { isApiError } from '@/lib/api/problem';
import { useDocumentTitle } from './use-document-title';

// The documents menu and the organisation filter (menus, a searchable list) come after the items, each in a place of
// its own size held for it meanwhile.
const RoadmapDocuments = lazy(async () => ({
  default: (await import('@/features/documents/components/RoadmapDocuments')).RoadmapDocuments,
}));
const OrganisationPicker = lazy(async () => ({
  default: (await import('@/features/organisations/components/OrganisationPicker')).OrganisationPicker,
}));

/** Lines a roadmap's title takes at most on a phone, so that the first item shows without scrolling. */
const PHONE_TITLE_LINES = 3;
/** About what fits in those lines at 390 px; a longer title gets a button that shows it whole. */
const PHONE_TITLE_CHARS = 90;

/** Today in the browser's calendar, "YYYY-MM-DD". */
function todayText(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** `/roadmaps/:roadmapId`: the roadmap's title and its items. */
export function RoadmapItemsRoute() {
  const { roadmapId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const [titleExpanded, setTitleExpanded] = useState(false);
  const titleId = useId();
  const roadmap = useRoadmap(roadmapId);
  useDocumentTitle(roadmap.data?.title);

  if (roadmap.isError) {
    if (isApiError(roadmap.error) && roadmap.error.status === 404) {
      return <EmptyResult title={t('roadmaps.notFound')} action={<AppLink to="/roadmaps">{t('nav.roadmaps')}</AppLink>} />;
    }
    return <ErrorState error={roadmap.error} onRetry={() => void roadmap.refetch()} />;
  }

  const title = roadmap.data?.title;
  const clampable = isPhone && (title?.length ?? 0) > PHONE_TITLE_CHARS;
  // The dashboard and the documents share the row they are put in (the header's actions, or the status row).
  const dashboard = (
    <>
      <Button component={Link} to={`/roadmaps/${roadmapId}/dashboard`} variant="light" size={isPhone ? 'xs' : 'sm'}>
        {t('roadmaps.openDashboard')}
      </Button>
      {roadmap.data && (
        <Suspense
          fallback={
            <Button variant="light" size={isPhone ? 'xs' : 'sm'} disabled>
              {t('documents.export.menu')}
            </Button>
          }
        >
          <RoadmapDocuments roadmapId={roadmapId} today={todayText()} size={isPhone ? 'xs' : 'sm'} />
        </Suspense>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title={title ?? <LoadingTitle />}
        titleId={titleId}
        size={isPhone ? 'h4' : 'h2'}
        lineClamp={isPhone && !titleExpanded ? PHONE_TITLE_LINES : undefined}
        above={<AppBreadcrumbs items={[{ to: '/roadmaps', label: t('nav.roadmaps') }]} />}
        actions={isPhone ? undefined : dashboard}
      >
        {roadmap.data && (
          <Group gap="xs" wrap="wrap" align="center">
            <RoadmapStatusBadge status={roadmap.data.status} />
            <Text size="sm">
              {t('roadmaps.period')}: {format.period(roadmap.data.periodStart, roadmap.data.periodEnd)}
            </Text>
            {clampable && (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => setTitleExpanded((value) => !value)}
                aria-expanded={titleExpanded}
                aria-controls={titleId}
              >
                {titleExpanded ? t('roadmaps.collapseTitle') : t('roadmaps.expandTitle')}
              </Button>
            )}
            {isPhone && dashboard}
          </Group>
        )}
      </PageHeader>
      {roadmap.data && <RoadmapActions roadmap={roadmap.data} />}
      {/* The items are asked for at once but shown with the roadmap's header row and actions, which come with the
          roadmap: items that arrived first would otherwise be pushed down when it does. */}
      <div style={roadmap.data ? undefined : { visibility: 'hidden' }}>
        <RoadmapItemsView
          roadmapId={roadmapId}
          renderOrganisationFilter={(props) => (
            <Suspense fallback={<TextInput label={props.label} placeholder={props.placeholder} disabled />}>
              <OrganisationPicker {...props} />
            </Suspense>
          )}
          period={roadmap.data ? { start: roadmap.data.periodStart, end: roadmap.data.periodEnd } : undefined}
        />
      </div>
    </>
  );
}

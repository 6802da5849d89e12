import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppBreadcrumbs } from '@/components/ui/AppBreadcrumbs';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { ItemEditor, nextItemNumber, type RenderOrganisationField, useItem, useItemNumbers } from '@/features/items';
import { OrganisationPicker } from '@/features/organisations';
import { RoadmapArchivedNote, useRoadmap } from '@/features/roadmaps';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { isApiError } from '@/lib/api/problem';
import type { Roadmap } from '@/lib/api/types';
import { useDocumentTitle } from './use-document-title';

const renderOrganisationField: RenderOrganisationField = (props) => <OrganisationPicker {...props} />;

function yearOf(roadmap: Roadmap): number {
  return Number(roadmap.periodStart.slice(0, 4));
}

/** The page when the roadmap or item may not be changed: why, and the way back. */
function NotAllowed({ title, roadmap, back, backLabel }: { title: string; roadmap: Roadmap; back: string; backLabel: string }) {
  return (
    <Stack gap="sm">
      <RoadmapArchivedNote status={roadmap.status} />
      <EmptyResult title={title} action={<AppLink to={back}>{backLabel}</AppLink>} />
    </Stack>
  );
}

/** `/roadmaps/:roadmapId/items/new`: a new item of the roadmap, with the next free number suggested. */
export function NewItemRoute() {
  const { roadmapId = '' } = useParams();
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const roadmap = useRoadmap(roadmapId);
  const numbers = useItemNumbers(roadmapId);
  useDocumentTitle(t('itemForm.createTitle'));

  const header = (
    <PageHeader
      title={t('itemForm.createTitle')}
      size={isPhone ? 'h3' : 'h2'}
      above={
        <AppBreadcrumbs
          items={[
            { to: '/roadmaps', label: t('nav.roadmaps') },
            { to: `/roadmaps/${roadmapId}`, label: roadmap.data?.title ?? t('dashboard.roadmap') },
          ]}
        />
      }
    />
  );

  if (roadmap.isError || numbers.isError) {
    const error = roadmap.error ?? numbers.error;
    if (isApiError(error) && error.status === 404) {
      return <EmptyResult title={t('roadmaps.notFound')} action={<AppLink to="/roadmaps">{t('nav.roadmaps')}</AppLink>} />;
    }
    return <ErrorState error={error} onRetry={() => void Promise.all([roadmap.refetch(), numbers.refetch()])} />;
  }
  if (roadmap.isPending || numbers.isPending) {
    return (
      <>
        {header}
        <LoadingSkeleton rows={6} />
      </>
    );
  }
  return (
    <>
      {header}
      {roadmap.data.permissions.createItems ? (
        <ItemEditor
          mode={{ kind: 'create', roadmapId, number: nextItemNumber(numbers.data) }}
          defaultYear={yearOf(roadmap.data)}
          renderOrganisationField={renderOrganisationField}
        />
      ) : (
        <NotAllowed
          title={t('itemForm.createNotAllowed')}
          roadmap={roadmap.data}
          back={`/roadmaps/${roadmapId}`}
          backLabel={t('itemForm.backToRoadmap')}
        />
      )}
    </>
  );
}

/** `/items/:itemId/edit`: every field of the item. */
export function EditItemRoute() {
  const { itemId = '' } = useParams();
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const item = useItem(itemId);
  const roadmap = useRoadmap(item.data?.roadmapId);
  const title = item.data ? t('itemForm.editTitle', { number: item.data.number }) : t('itemForm.editTitleLoading');
  useDocumentTitle(title);

  if (item.isError || roadmap.isError) {
    const error = item.error ?? roadmap.error;
    if (isApiError(error) && error.status === 404) {
      return <EmptyResult title={t('item.notFound')} action={<AppLink to="/roadmaps">{t('nav.roadmaps')}</AppLink>} />;
    }
    return <ErrorState error={error} onRetry={() => void Promise.all([item.refetch(), roadmap.refetch()])} />;
  }
  const header = (
    <PageHeader
      title={title}
      size={isPhone ? 'h3' : 'h2'}
      above={
        item.data && (
          <AppBreadcrumbs
            items={[
              { to: '/roadmaps', label: t('nav.roadmaps') },
              { to: `/roadmaps/${item.data.roadmapId}`, label: roadmap.data?.title ?? t('dashboard.roadmap') },
              { to: `/items/${item.data.id}`, label: t('items.numberLabel', { number: item.data.number }) },
            ]}
          />
        )
      }
    />
  );
  if (item.isPending || roadmap.isPending) {
    return (
      <>
        {header}
        <LoadingSkeleton rows={6} />
      </>
    );
  }
  return (
    <>
      {header}
      {item.data.permissions.edit ? (
        <ItemEditor
          mode={{ kind: 'edit', item: item.data }}
          defaultYear={yearOf(roadmap.data)}
          renderOrganisationField={renderOrganisationField}
        />
      ) : (
        <NotAllowed
          title={t('itemForm.editNotAllowed')}
          roadmap={roadmap.data}
          back={`/items/${item.data.id}`}
          backLabel={t('itemForm.backToItem')}
        />
      )}
    </>
  );
}

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppBreadcrumbs } from '@/components/ui/AppBreadcrumbs';
import { LoadingSkeleton } from '@/components/ui/QueryStates';
import { ItemDetail, ProgressUnavailableNote } from '@/features/items';
import { RoadmapArchivedNote, useRoadmap } from '@/features/roadmaps';
import { useDocumentTitle } from './use-document-title';

// The files tab is not the one an item opens on: its panel (upload, progress bars, selects) comes when it is chosen.
const AttachmentsPanel = lazy(async () => ({
  default: (await import('@/features/documents/components/AttachmentsPanel')).AttachmentsPanel,
}));

function RoadmapBreadcrumb({ roadmapId, number }: { roadmapId: string; number: string }) {
  const { t } = useTranslation();
  const roadmap = useRoadmap(roadmapId);
  useDocumentTitle(t('items.numberLabel', { number }));
  return (
    <AppBreadcrumbs
      items={[
        { to: '/roadmaps', label: t('nav.roadmaps') },
        { to: `/roadmaps/${roadmapId}`, label: roadmap.data?.title ?? t('dashboard.roadmap') },
      ]}
    />
  );
}

/**
 * Says why the item takes no progress report: its roadmap is a draft, or the user is not on the item. An archived
 * roadmap says so once, in the header (EditUnavailable), for edits and reports alike.
 */
function ProgressUnavailable({ roadmapId }: { roadmapId: string }) {
  const roadmap = useRoadmap(roadmapId);
  if (roadmap.isPending || roadmap.data?.status === 'ARCHIVED') return null;
  return <ProgressUnavailableNote roadmapStatus={roadmap.data?.status} />;
}

/** Why the item offers neither change nor deletion, where it matters: its roadmap is archived. */
function EditUnavailable({ roadmapId }: { roadmapId: string }) {
  const roadmap = useRoadmap(roadmapId);
  return <RoadmapArchivedNote status={roadmap.data?.status} />;
}

/** `/items/:itemId`. */
export function ItemRoute() {
  const { itemId = '' } = useParams();
  return (
    <ItemDetail
      itemId={itemId}
      renderAbove={(item) => <RoadmapBreadcrumb roadmapId={item.roadmapId} number={item.number} />}
      renderProgressUnavailable={(item) => <ProgressUnavailable roadmapId={item.roadmapId} />}
      renderEditUnavailable={(item) => <EditUnavailable roadmapId={item.roadmapId} />}
      renderFiles={(item) => (
        <Suspense fallback={<LoadingSkeleton rows={3} />}>
          <AttachmentsPanel itemId={item.id} />
        </Suspense>
      )}
    />
  );
}

import { Navigate } from 'react-router';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
// the api module alone: the feature's index would bring its forms (zod, dates) into the first load
import { newestApproved, useRoadmaps } from '@/features/roadmaps/api/roadmaps';

/** `/`: the newest approved roadmap's items, or the list of roadmaps when none is approved. */
export function HomeRoute() {
  const roadmaps = useRoadmaps({ status: ['APPROVED'] });
  if (roadmaps.isPending) return <LoadingSkeleton rows={4} />;
  if (roadmaps.isError) return <ErrorState error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />;
  const newest = newestApproved(roadmaps.data.items);
  return <Navigate to={newest ? `/roadmaps/${newest.id}` : '/roadmaps'} replace />;
}

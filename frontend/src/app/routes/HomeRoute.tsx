import { Navigate } from 'react-router';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { newestApproved, useRoadmaps } from '@/features/roadmaps';

/** `/`: the newest approved roadmap's items, or the list of roadmaps when none is approved. */
export function HomeRoute() {
  const roadmaps = useRoadmaps({ status: ['APPROVED'] });
  if (roadmaps.isPending) return <LoadingSkeleton rows={4} />;
  if (roadmaps.isError) return <ErrorState error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />;
  const newest = newestApproved(roadmaps.data.items);
  return <Navigate to={newest ? `/roadmaps/${newest.id}` : '/roadmaps'} replace />;
}

import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { RoadmapSummary } from '@/lib/api/types';

export function useRoadmapSummary(roadmapId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.roadmapSummary(roadmapId),
    queryFn: async (): Promise<RoadmapSummary> =>
      unwrap(await api.GET('/api/v1/roadmaps/{id}/summary', { params: { path: { id: roadmapId } } })),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Roadmap, RoadmapCopyPreview, RoadmapList, RoadmapStatus } from '@/lib/api/types';

export interface RoadmapListParams {
  status?: RoadmapStatus[];
  q?: string;
  page?: number;
  size?: number;
}

export function useRoadmaps(params: RoadmapListParams = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.roadmaps(params),
    queryFn: async (): Promise<RoadmapList> =>
      unwrap(
        await api.GET('/api/v1/roadmaps', { params: { query: { sort: '-periodStart', ...params, size: params.size ?? MAX_PAGE_SIZE } } }),
      ),
  });
}

export function useRoadmap(roadmapId: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.roadmapDetail(roadmapId ?? ''),
    queryFn: async (): Promise<Roadmap> => unwrap(await api.GET('/api/v1/roadmaps/{id}', { params: { path: { id: roadmapId ?? '' } } })),
    enabled: Boolean(roadmapId),
  });
}

/** The approved roadmap with the latest period: where the start page leads. */
export function newestApproved(roadmaps: readonly Roadmap[]): Roadmap | undefined {
  return roadmaps
    .filter((roadmap) => roadmap.status === 'APPROVED')
    .reduce<Roadmap | undefined>((best, roadmap) => (!best || roadmap.periodStart > best.periodStart ? roadmap : best), undefined);
}

export function useApproveRoadmap() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (roadmapId: string): Promise<Roadmap> =>
      unwrap(await api.POST('/api/v1/roadmaps/{id}/approve', { params: { path: { id: roadmapId } } })),
    onSuccess: async (roadmap) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmap(roadmap.id) }),
      ]);
    },
  });
}

export function useCopyRoadmap() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (roadmapId: string): Promise<Roadmap> =>
      unwrap(await api.POST('/api/v1/roadmaps/{id}/copy', { params: { path: { id: roadmapId } }, body: {} })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps() });
    },
  });
}

/** What copying the roadmap would make (title, period, how far the deadlines move) and which roadmaps cover that period. */
export function useCopyPreview(roadmapId: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...queryKeys.roadmap(roadmapId ?? ''), 'copy-preview'],
    queryFn: async (): Promise<RoadmapCopyPreview> =>
      unwrap(await api.GET('/api/v1/roadmaps/{id}/copy-preview', { params: { path: { id: roadmapId ?? '' } } })),
    enabled: Boolean(roadmapId),
    staleTime: 0,
  });
}

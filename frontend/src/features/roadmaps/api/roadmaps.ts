import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { MERGE_PATCH, unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Roadmap, RoadmapCopyPreview, RoadmapInput, RoadmapList, RoadmapPatch, RoadmapStatus } from '@/lib/api/types';

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

/** Loads the roadmap as it is now on the server (after a stale-version refusal), and puts it in the cache. */
export function useReloadRoadmap() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return (roadmapId: string): Promise<Roadmap> =>
    queryClient.fetchQuery({
      queryKey: queryKeys.roadmapDetail(roadmapId),
      queryFn: async (): Promise<Roadmap> => unwrap(await api.GET('/api/v1/roadmaps/{id}', { params: { path: { id: roadmapId } } })),
      staleTime: 0,
    });
}

export function useCreateRoadmap() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RoadmapInput): Promise<Roadmap> => unwrap(await api.POST('/api/v1/roadmaps', { body })),
    onSuccess: async (roadmap) => {
      queryClient.setQueryData(queryKeys.roadmapDetail(roadmap.id), roadmap);
      await queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps() });
    },
  });
}

/** A JSON merge patch of the roadmap: only the changed fields, with the `version` they are based on. */
export function useUpdateRoadmap(roadmapId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RoadmapPatch): Promise<Roadmap> =>
      unwrap(await api.PATCH('/api/v1/roadmaps/{id}', { params: { path: { id: roadmapId } }, body, headers: MERGE_PATCH })),
    onSuccess: async (roadmap) => {
      queryClient.setQueryData(queryKeys.roadmapDetail(roadmap.id), roadmap);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmap(roadmap.id) }),
      ]);
    },
  });
}

/** Archives the roadmap; its items' permissions change with it, so every loaded item refreshes. */
export function useArchiveRoadmap() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (roadmapId: string): Promise<Roadmap> =>
      unwrap(await api.POST('/api/v1/roadmaps/{id}/archive', { params: { path: { id: roadmapId } } })),
    onSuccess: async (roadmap) => {
      queryClient.setQueryData(queryKeys.roadmapDetail(roadmap.id), roadmap);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmap(roadmap.id) }),
        queryClient.invalidateQueries({ queryKey: ['item'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myItems() }),
      ]);
    },
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

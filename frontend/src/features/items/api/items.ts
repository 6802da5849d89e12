import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type {
  HistoryList,
  ItemStatus,
  ProgressUpdate,
  ProgressUpdateCreate,
  ProgressUpdateList,
  RoadmapItem,
  RoadmapItemList,
} from '@/lib/api/types';

/** The item list's filters, as read from the URL. `page` is 1-based (the API's is 0-based). */
export interface ItemFilters {
  status: ItemStatus[];
  organisationId?: string;
  overdue: boolean;
  q?: string;
  dueAfter?: string;
  dueBefore?: string;
  page: number;
}

export function itemsQuery(filters: ItemFilters) {
  return {
    ...(filters.status.length > 0 ? { status: filters.status } : {}),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.dueAfter ? { dueAfter: filters.dueAfter } : {}),
    ...(filters.dueBefore ? { dueBefore: filters.dueBefore } : {}),
    page: filters.page - 1,
    size: PAGE_SIZE,
  };
}

export function useRoadmapItems(roadmapId: string, filters: ItemFilters) {
  const api = useApiClient();
  const query = itemsQuery(filters);
  return useQuery({
    queryKey: queryKeys.roadmapItems(roadmapId, query),
    queryFn: async (): Promise<RoadmapItemList> =>
      unwrap(await api.GET('/api/v1/roadmaps/{id}/items', { params: { path: { id: roadmapId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useItem(itemId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.itemDetail(itemId),
    queryFn: async (): Promise<RoadmapItem> => unwrap(await api.GET('/api/v1/roadmap-items/{id}', { params: { path: { id: itemId } } })),
  });
}

export function useProgressUpdates(itemId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.itemProgress(itemId),
    queryFn: async (): Promise<ProgressUpdateList> =>
      unwrap(
        await api.GET('/api/v1/roadmap-items/{id}/progress-updates', {
          params: { path: { id: itemId }, query: { size: MAX_PAGE_SIZE } },
        }),
      ),
  });
}

export function useItemHistory(itemId: string, enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.itemHistory(itemId),
    queryFn: async (): Promise<HistoryList> =>
      unwrap(await api.GET('/api/v1/roadmap-items/{id}/history', { params: { path: { id: itemId }, query: { size: MAX_PAGE_SIZE } } })),
    enabled,
  });
}

/** Posts a progress update; afterwards the item, its timeline and history, and its roadmap's lists refresh. */
export function useAddProgressUpdate(item: Pick<RoadmapItem, 'id' | 'roadmapId'>) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProgressUpdateCreate): Promise<ProgressUpdate> =>
      unwrap(await api.POST('/api/v1/roadmap-items/{id}/progress-updates', { params: { path: { id: item.id } }, body })),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.item(item.id) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myItems() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmap(item.roadmapId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps() }),
      ]);
    },
  });
}

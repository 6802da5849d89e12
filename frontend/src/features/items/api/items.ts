import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { MERGE_PATCH, unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type {
  HistoryList,
  ItemStatus,
  ProgressUpdate,
  ProgressUpdateCreate,
  ProgressUpdateList,
  RoadmapItem,
  RoadmapItemInput,
  RoadmapItemList,
  RoadmapItemPatch,
} from '@/lib/api/types';

/** The fields the API sorts the item list by. */
export const ITEM_SORT_FIELDS = ['number', 'dueDate', 'status', 'updatedAt'] as const;
export type ItemSortField = (typeof ITEM_SORT_FIELDS)[number];

/** A sort order as the API and the URL write it: the field, with '-' in front for descending ("-dueDate"). */
export type ItemSort = ItemSortField | `-${ItemSortField}`;

export const DEFAULT_ITEM_SORT: ItemSort = 'number';

export function isItemSort(value: unknown): value is ItemSort {
  return typeof value === 'string' && (ITEM_SORT_FIELDS as readonly string[]).includes(value.replace(/^-/, ''));
}

/** "-dueDate" → { field: 'dueDate', descending: true }. */
export function parseItemSort(sort: ItemSort): { field: ItemSortField; descending: boolean } {
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as ItemSortField, descending };
}

/** Newest first is what "last change" is for; the other columns start ascending. */
const FIRST_DESCENDING: readonly ItemSortField[] = ['updatedAt'];

/** The order a click on a column's header gives: the other direction when the list is sorted by it already. */
export function nextItemSort(current: ItemSort, field: ItemSortField): ItemSort {
  const { field: currentField, descending } = parseItemSort(current);
  const nextDescending = currentField === field ? !descending : FIRST_DESCENDING.includes(field);
  return nextDescending ? `-${field}` : field;
}

/** The item list's filters and sort order, as read from the URL. `page` is 1-based (the API's is 0-based). */
export interface ItemFilters {
  status: ItemStatus[];
  organisationId?: string;
  overdue: boolean;
  q?: string;
  dueAfter?: string;
  dueBefore?: string;
  sort: ItemSort;
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
    sort: filters.sort,
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

/** The ETag each loaded version of an item came with ("<id>@<version>" → ETag), for the If-Match of a deletion. */
const itemEtags = new Map<string, string>();

function etagKey(item: Pick<RoadmapItem, 'id' | 'version'>): string {
  return `${item.id}@${item.version}`;
}

async function fetchItem(api: ReturnType<typeof useApiClient>, itemId: string): Promise<RoadmapItem> {
  const result = await api.GET('/api/v1/roadmap-items/{id}', { params: { path: { id: itemId } } });
  const item = unwrap(result);
  const etag = result.response.headers.get('ETag');
  if (etag) itemEtags.set(etagKey(item), etag);
  return item;
}

export function useItem(itemId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.itemDetail(itemId),
    queryFn: (): Promise<RoadmapItem> => fetchItem(api, itemId),
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

/** The numbers of all the roadmap's items (to suggest the next one for a new item). */
export function useItemNumbers(roadmapId: string) {
  const api = useApiClient();
  const query = { sort: 'number', page: 0, size: MAX_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.roadmapItems(roadmapId, { ...query, numbers: true }),
    queryFn: async (): Promise<string[]> =>
      unwrap(await api.GET('/api/v1/roadmaps/{id}/items', { params: { path: { id: roadmapId }, query } })).items.map((item) => item.number),
    staleTime: 0,
  });
}

/** Loads the item as it is now on the server (after a stale-version refusal), and puts it in the cache. */
export function useReloadItem() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return (itemId: string): Promise<RoadmapItem> =>
    queryClient.fetchQuery({ queryKey: queryKeys.itemDetail(itemId), queryFn: () => fetchItem(api, itemId), staleTime: 0 });
}

/** After an item was created, changed or deleted: its roadmap (lists, summary, item count) and "my items" refresh. */
function useInvalidateRoadmapOf() {
  const queryClient = useQueryClient();
  return (roadmapId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.roadmap(roadmapId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.myItems() }),
    ]);
}

export function useCreateItem(roadmapId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateRoadmapOf();
  return useMutation({
    mutationFn: async (body: RoadmapItemInput): Promise<RoadmapItem> =>
      unwrap(await api.POST('/api/v1/roadmaps/{id}/items', { params: { path: { id: roadmapId } }, body })),
    onSuccess: async (item) => {
      queryClient.setQueryData(queryKeys.itemDetail(item.id), item);
      await invalidate(roadmapId);
    },
  });
}

/** A JSON merge patch of the item: only the changed fields, with the `version` they are based on. */
export function useUpdateItem(item: Pick<RoadmapItem, 'id' | 'roadmapId'>) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateRoadmapOf();
  return useMutation({
    mutationFn: async (body: RoadmapItemPatch): Promise<RoadmapItem> =>
      unwrap(await api.PATCH('/api/v1/roadmap-items/{id}', { params: { path: { id: item.id } }, body, headers: MERGE_PATCH })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(queryKeys.itemDetail(updated.id), updated);
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.item(updated.id) }), invalidate(item.roadmapId)]);
    },
  });
}

/** Deletes the item as loaded: If-Match carries the ETag it came with, so a version changed meanwhile is refused (412). */
export function useDeleteItem() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateRoadmapOf();
  return useMutation({
    mutationFn: async (item: Pick<RoadmapItem, 'id' | 'roadmapId' | 'version'>): Promise<void> => {
      const etag = itemEtags.get(etagKey(item));
      unwrap(
        await api.DELETE('/api/v1/roadmap-items/{id}', {
          params: { path: { id: item.id }, ...(etag ? { header: { 'If-Match': etag } } : {}) },
        }),
      );
    },
    onSuccess: async (_, item) => {
      queryClient.removeQueries({ queryKey: queryKeys.item(item.id) });
      await invalidate(item.roadmapId);
    },
  });
}

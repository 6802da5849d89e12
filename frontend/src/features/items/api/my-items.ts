import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { MyItemList } from '@/lib/api/types';

/** The caller's organisation's items across approved roadmaps, overdue and due soon first (the server's order). */
export function useMyItems(page: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.myItems(page),
    queryFn: async (): Promise<MyItemList> =>
      unwrap(await api.GET('/api/v1/my-items', { params: { query: { page: page - 1, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { NotificationList } from '@/lib/api/types';

/** How often the bell asks again while the app is open (reminders are made by an hourly job). */
const REFRESH_MS = 5 * 60 * 1000;

/** A page of the caller's organisation's notifications, newest first, with the unread count of all of them. */
export function useNotifications(page: number, size: number = PAGE_SIZE) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...queryKeys.notifications(page), size],
    queryFn: async (): Promise<NotificationList> =>
      unwrap(await api.GET('/api/v1/notifications', { params: { query: { page: page - 1, size } } })),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

/** Marks one notification read (for the whole organisation); every notification view then asks again. */
export function useMarkRead() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications() }),
  });
}

export function useMarkAllRead() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      unwrap(await api.POST('/api/v1/notifications/read-all'));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications() }),
  });
}

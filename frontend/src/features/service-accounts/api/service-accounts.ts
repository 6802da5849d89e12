import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ServiceAccount, ServiceAccountList } from '@/lib/api/types';

export function useServiceAccounts() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.serviceAccounts(),
    queryFn: async (): Promise<ServiceAccountList> => unwrap(await api.GET('/api/v1/service-accounts')),
  });
}

/** The answers of create and rotate hold the secret: it is handed to the caller and never kept in the cache. */
function useRefreshList() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: queryKeys.serviceAccounts() });
}

export function useCreateServiceAccount() {
  const api = useApiClient();
  const refresh = useRefreshList();
  return useMutation({
    mutationFn: async (name: string): Promise<ServiceAccount> => unwrap(await api.POST('/api/v1/service-accounts', { body: { name } })),
    onSettled: refresh,
  });
}

export function useRotateSecret() {
  const api = useApiClient();
  const refresh = useRefreshList();
  return useMutation({
    mutationFn: async (id: string): Promise<ServiceAccount> =>
      unwrap(await api.POST('/api/v1/service-accounts/{id}/secret', { params: { path: { id } } })),
    onSettled: refresh,
  });
}

export function useRevokeServiceAccount() {
  const api = useApiClient();
  const refresh = useRefreshList();
  return useMutation({
    mutationFn: async (id: string): Promise<void> => {
      unwrap(await api.DELETE('/api/v1/service-accounts/{id}', { params: { path: { id } } }));
    },
    onSettled: refresh,
  });
}

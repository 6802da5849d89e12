import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Me } from '@/lib/api/types';

/** The logged-in user: name, organisation and roles. Rarely changes, so it is kept for the session. */
export function useMe() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: async (): Promise<Me> => unwrap(await api.GET('/api/v1/me')),
    staleTime: Infinity,
  });
}

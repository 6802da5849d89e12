import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { MERGE_PATCH, unwrap } from '@/lib/api/problem';
import type {
  Body,
  BodyInput,
  BodyKind,
  BodyList,
  BodyMember,
  BodyMemberInput,
  BodyMemberPatch,
  BodyPatch,
  HistoryList,
} from '@/lib/api/types';

const keys = {
  bodies: (params?: object) => (params ? (['bodies', params] as const) : (['bodies'] as const)),
  body: (bodyId: string) => ['body', bodyId] as const,
  history: (bodyId: string) => ['body', bodyId, 'history'] as const,
};

export function useBodies(filters: { kind?: BodyKind; page: number }) {
  const api = useApiClient();
  const query = { ...(filters.kind ? { kind: filters.kind } : {}), page: filters.page - 1, size: PAGE_SIZE };
  return useQuery({
    queryKey: keys.bodies(query),
    queryFn: async (): Promise<BodyList> => unwrap(await api.GET('/api/v1/bodies', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useBody(bodyId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: keys.body(bodyId),
    queryFn: async (): Promise<Body> => unwrap(await api.GET('/api/v1/bodies/{id}', { params: { path: { id: bodyId } } })),
  });
}

export function useBodyHistory(bodyId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: keys.history(bodyId),
    queryFn: async (): Promise<HistoryList> =>
      unwrap(await api.GET('/api/v1/bodies/{id}/history', { params: { path: { id: bodyId }, query: { page: 0, size: PAGE_SIZE } } })),
  });
}

/** After a change: the body, its history and the lists asked again. */
function useSettle(bodyId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keys.body(bodyId) });
    void queryClient.invalidateQueries({ queryKey: keys.bodies() });
  };
}

export function useCreateBody() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyInput): Promise<Body> => unwrap(await api.POST('/api/v1/bodies', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(keys.body(created.id), created);
      void queryClient.invalidateQueries({ queryKey: keys.bodies() });
    },
  });
}

/** Renames or describes the body as loaded: its version goes with the change, so one made meanwhile is refused. */
export function useUpdateBody(body: Body) {
  const api = useApiClient();
  const settle = useSettle(body.id);
  return useMutation({
    mutationFn: async (patch: BodyPatch): Promise<Body> =>
      unwrap(
        await api.PATCH('/api/v1/bodies/{id}', {
          params: { path: { id: body.id } },
          body: { ...patch, version: body.version },
          headers: MERGE_PATCH,
        }),
      ),
    onSuccess: settle,
  });
}

export function useAddMember(bodyId: string) {
  const api = useApiClient();
  const settle = useSettle(bodyId);
  return useMutation({
    mutationFn: async (input: BodyMemberInput): Promise<BodyMember> =>
      unwrap(await api.POST('/api/v1/bodies/{id}/members', { params: { path: { id: bodyId } }, body: input })),
    onSuccess: settle,
  });
}

/** Changes a member's role or ends the membership; the member's version goes with it. */
export function useUpdateMember(bodyId: string) {
  const api = useApiClient();
  const settle = useSettle(bodyId);
  return useMutation({
    mutationFn: async ({ member, patch }: { member: BodyMember; patch: BodyMemberPatch }): Promise<BodyMember> =>
      unwrap(
        await api.PATCH('/api/v1/bodies/{id}/members/{memberId}', {
          params: { path: { id: bodyId, memberId: member.id } },
          body: { ...patch, version: member.version },
          headers: MERGE_PATCH,
        }),
      ),
    onSuccess: settle,
  });
}

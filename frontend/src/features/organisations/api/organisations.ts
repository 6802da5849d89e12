import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ORGANISATION_SEARCH_SIZE, PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Organisation, OrganisationKind, OrganisationList, SignInInput } from '@/lib/api/types';

export interface OrganisationFilters {
  q?: string;
  kind?: OrganisationKind;
  /** 1-based. */
  page: number;
}

export function useOrganisations(filters: OrganisationFilters) {
  const api = useApiClient();
  const query = {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    page: filters.page - 1,
    size: PAGE_SIZE,
    sort: 'name',
  };
  return useQuery({
    queryKey: queryKeys.organisations(query),
    queryFn: async (): Promise<OrganisationList> => unwrap(await api.GET('/api/v1/organisations', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** The first organisations (by name) that match the text, searched on the server. */
export function useOrganisationSearch(q: string) {
  const api = useApiClient();
  const query = { ...(q ? { q } : {}), page: 0, size: ORGANISATION_SEARCH_SIZE, sort: 'name' };
  return useQuery({
    queryKey: queryKeys.organisations(query),
    queryFn: async (): Promise<OrganisationList> => unwrap(await api.GET('/api/v1/organisations', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useOrganisation(organisationId: string, options: { enabled?: boolean } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.organisation(organisationId),
    queryFn: async (): Promise<Organisation> =>
      unwrap(await api.GET('/api/v1/organisations/{id}', { params: { path: { id: organisationId } } })),
    enabled: options.enabled ?? true,
  });
}

/** Turns sign-in on or off for the organisation's people, with its e-mail domain and optionally its own OIDC provider. */
export function useConfigureSignIn(organisationId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SignInInput): Promise<Organisation> =>
      unwrap(await api.POST('/api/v1/organisations/{id}/sign-in', { params: { path: { id: organisationId } }, body })),
    onSuccess: (organisation) => {
      queryClient.setQueryData(queryKeys.organisation(organisationId), organisation);
      void queryClient.invalidateQueries({ queryKey: queryKeys.organisations() });
    },
  });
}

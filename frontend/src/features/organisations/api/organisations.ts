import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { Organisation, OrganisationKind, OrganisationList } from '@/lib/api/types';

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

/** All organisations as select options (value = id, label = short name or full name). */
export function useOrganisationOptions() {
  const api = useApiClient();
  const query = { page: 0, size: MAX_PAGE_SIZE, sort: 'name' };
  const result = useQuery({
    queryKey: queryKeys.organisations(query),
    queryFn: async (): Promise<OrganisationList> => unwrap(await api.GET('/api/v1/organisations', { params: { query } })),
    staleTime: 5 * 60_000,
  });
  return (result.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.shortName || organisation.fullName,
  }));
}

export function useOrganisation(organisationId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.organisation(organisationId),
    queryFn: async (): Promise<Organisation> =>
      unwrap(await api.GET('/api/v1/organisations/{id}', { params: { path: { id: organisationId } } })),
  });
}

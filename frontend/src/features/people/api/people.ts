import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PAGE_SIZE } from '@/config/constants';
import { useApiClient, type ApiClient } from '@/lib/api/client';
import { MERGE_PATCH, unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { HistoryList, Person, PersonInput, PersonList, PersonPatch } from '@/lib/api/types';

export interface PeopleFilters {
  q?: string;
  organisationId?: string;
  /** 1-based. */
  page: number;
}

export function usePeople(filters: PeopleFilters, size: number = PAGE_SIZE) {
  const api = useApiClient();
  const query = {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
    page: filters.page - 1,
    size,
  };
  return useQuery({
    queryKey: queryKeys.people(query),
    queryFn: async (): Promise<PersonList> => unwrap(await api.GET('/api/v1/people', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** The ETag each loaded version of a person came with ("<id>@<version>" → ETag), for the If-Match of a change. */
const personEtags = new Map<string, string>();

function remember(person: Person, response: Response): Person {
  const etag = response.headers.get('ETag');
  if (etag) personEtags.set(`${person.id}@${person.version}`, etag);
  return person;
}

async function fetchPerson(api: ApiClient, personId: string): Promise<Person> {
  const result = await api.GET('/api/v1/people/{id}', { params: { path: { id: personId } } });
  return remember(unwrap(result), result.response);
}

export function usePerson(personId: string) {
  const api = useApiClient();
  return useQuery({ queryKey: queryKeys.person(personId), queryFn: () => fetchPerson(api, personId) });
}

export function usePersonHistory(personId: string, options: { enabled?: boolean } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.personHistory(personId, 1),
    queryFn: async (): Promise<HistoryList> =>
      unwrap(await api.GET('/api/v1/people/{id}/history', { params: { path: { id: personId }, query: { page: 0, size: PAGE_SIZE } } })),
    enabled: options.enabled ?? true,
  });
}

/** After any change of a person: the new state in the cache, and every list and its history asked again. */
function useSettle() {
  const queryClient = useQueryClient();
  return (person: Person | undefined, personId: string) => {
    if (person) queryClient.setQueryData(queryKeys.person(person.id), person);
    void queryClient.invalidateQueries({ queryKey: queryKeys.person(personId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.people() });
  };
}

export function useCreatePerson() {
  const api = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: async (body: PersonInput): Promise<Person> => {
      const result = await api.POST('/api/v1/people', { body });
      return remember(unwrap(result), result.response);
    },
    onSuccess: (person) => settle(person, person.id),
  });
}

/** Changes the person as loaded: If-Match carries the ETag it came with (else its version), so a change made meanwhile is refused (412). */
export function useUpdatePerson(person: Person) {
  const api = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: async (patch: PersonPatch): Promise<Person> => {
      const etag = personEtags.get(`${person.id}@${person.version}`);
      const result = await api.PATCH('/api/v1/people/{id}', {
        params: { path: { id: person.id }, ...(etag ? { header: { 'If-Match': etag } } : {}) },
        body: etag ? patch : { ...patch, version: person.version },
        headers: MERGE_PATCH,
      });
      return remember(unwrap(result), result.response);
    },
    onSuccess: (updated) => settle(updated, person.id),
  });
}

export type AccountAction = 'invite' | 'disable' | 'enable';

export function useAccountAction(personId: string) {
  const api = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: async (action: AccountAction): Promise<Person> => {
      const params = { params: { path: { id: personId } } };
      const result =
        action === 'invite'
          ? await api.POST('/api/v1/people/{id}/invitation', params)
          : action === 'disable'
            ? await api.POST('/api/v1/people/{id}/account/disable', params)
            : await api.POST('/api/v1/people/{id}/account/enable', params);
      return remember(unwrap(result), result.response);
    },
    onSuccess: (person) => settle(person, personId),
  });
}

export function useGrantRoles(personId: string) {
  const api = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: async (roles: string[]): Promise<Person> => {
      const result = await api.PUT('/api/v1/people/{id}/roles', { params: { path: { id: personId } }, body: { roles } });
      return remember(unwrap(result), result.response);
    },
    onSuccess: (person) => settle(person, personId),
  });
}

import { useMemo } from 'react';
import { pageFromParams, useUrlParams } from '@/hooks/use-url-params';
import { isOrganisationKind, type OrganisationKind } from '@/lib/api/types';
import type { OrganisationFilters } from '../api/organisations';

export function useOrganisationFilters() {
  const { searchParams, update } = useUrlParams();
  const filters = useMemo<OrganisationFilters>(() => {
    const kind = searchParams.get('kind');
    const q = searchParams.get('q')?.trim();
    return { q: q || undefined, kind: isOrganisationKind(kind) ? kind : undefined, page: pageFromParams(searchParams) };
  }, [searchParams]);
  return {
    filters,
    setQuery: (q: string) => update({ q }),
    setKind: (kind: OrganisationKind | null) => update({ kind }),
    setPage: (page: number) => update({ page: page > 1 ? page : null }, { keepPage: true }),
  };
}

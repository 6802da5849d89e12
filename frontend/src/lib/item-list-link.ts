import type { ItemStatus } from '@/lib/api/types';

/**
 * What a link into a roadmap's item list can filter by. The names are the list's own URL parameters (the items
 * feature reads them in use-item-filters.ts), so a link from elsewhere (the dashboard) opens the list filtered.
 */
export interface ItemListLinkFilters {
  status?: ItemStatus;
  overdue?: boolean;
  organisationId?: string;
}

/** "/roadmaps/{id}?status=IN_PROGRESS&organisationId=…&overdue=true" (only the filters given). */
export function itemListPath(roadmapId: string, filters: ItemListLinkFilters = {}): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.organisationId) params.set('organisationId', filters.organisationId);
  if (filters.overdue) params.set('overdue', 'true');
  const query = params.toString();
  return `/roadmaps/${roadmapId}${query ? `?${query}` : ''}`;
}

export { RoadmapItemsView } from './components/RoadmapItemsView';
export type { OrganisationOption } from './components/ItemFiltersPanel';
export { ItemDetail } from './components/ItemDetail';

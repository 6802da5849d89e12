export { RoadmapItemsView } from './components/RoadmapItemsView';
export type { OrganisationFilterProps, RenderOrganisationFilter } from './components/ItemFiltersPanel';
export { ItemDetail, ProgressUnavailableNote } from './components/ItemDetail';
export { MyItemsView } from './components/MyItemsView';

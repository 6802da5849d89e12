export { RoadmapItemsView } from './components/RoadmapItemsView';
export type { OrganisationFilterProps, RenderOrganisationFilter } from './components/ItemFiltersPanel';
export { ItemDetail, ProgressUnavailableNote } from './components/ItemDetail';
export { MyItemsView } from './components/MyItemsView';
export { ItemEditor, type ItemEditorMode } from './components/ItemEditor';
export type { OrganisationFieldProps, RenderOrganisationField } from './components/PartyListEditor';
export { useItem, useItemNumbers } from './api/items';
export { nextItemNumber } from './item-form';

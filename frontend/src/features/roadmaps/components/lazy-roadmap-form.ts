import { lazy } from 'react';

/**
 * The roadmap form's code (its schema library and form state) is loaded when the form is first wanted, not with the
 * page that offers it: pointing at or focusing the button starts the download, so the dialog is usually ready by the
 * click. Repeated calls share one download.
 */
export const loadRoadmapFormDialog = () => import('./RoadmapFormDialog');

export const LazyRoadmapFormDialog = lazy(async () => ({ default: (await loadRoadmapFormDialog()).RoadmapFormDialog }));

export { useRoadmap, useRoadmaps, newestApproved } from './api/roadmaps';
export { RoadmapList } from './components/RoadmapList';
export { CreateRoadmapButton } from './components/CreateRoadmapButton';
export { RoadmapActions } from './components/RoadmapActions';
export { RoadmapArchivedNote } from './components/RoadmapArchivedNote';

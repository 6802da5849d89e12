export { useRoadmap, useRoadmaps, newestApproved } from './api/roadmaps';
export { RoadmapList } from './components/RoadmapList';

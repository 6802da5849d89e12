export { RoadmapDashboard } from './components/RoadmapDashboard';

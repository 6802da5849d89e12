export { MeetingDetail } from './components/MeetingDetail';
export { MeetingsPage } from './components/MeetingsPage';
export type { MeetingFields } from './components/fields';

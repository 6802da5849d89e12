export { MeetingDetail } from './components/MeetingDetail';
export { MeetingsPage } from './components/MeetingsPage';

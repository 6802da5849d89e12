export { NotificationBell } from './components/NotificationBell';
export { NotificationsView } from './components/NotificationsView';

export { AuditLogView } from './components/AuditLogView';

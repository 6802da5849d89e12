export { useMe } from './api/get-me';
export { usePermissions, permissionsFor, type Permissions } from './hooks/use-permissions';
export { UserMenu } from './components/UserMenu';

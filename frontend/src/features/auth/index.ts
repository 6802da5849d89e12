export { useMe } from './api/get-me';
export { UserMenu } from './components/UserMenu';

export { ServiceAccountsView } from './components/ServiceAccountsView';

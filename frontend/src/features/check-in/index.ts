export { CheckInPage } from './components/CheckInPage';
export { CheckInScreen } from './components/CheckInScreen';

export { BodiesDirectory } from './components/BodiesDirectory';
export { BodyDetail } from './components/BodyDetail';

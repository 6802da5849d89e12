export { BodiesDirectory } from './components/BodiesDirectory';
export { BodyDetail } from './components/BodyDetail';
export type { PersonField, PersonFieldProps } from './components/fields';

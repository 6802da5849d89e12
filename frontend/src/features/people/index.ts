export { OrganisationPeople } from './components/OrganisationPeople';
export { PeopleDirectory } from './components/PeopleDirectory';
export { PersonDetail } from './components/PersonDetail';
export { PersonForm } from './components/PersonForm';
export type { OrganisationField, OrganisationFieldProps } from './components/types';

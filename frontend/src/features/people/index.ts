export { OrganisationPeople } from './components/OrganisationPeople';
export { PeopleDirectory } from './components/PeopleDirectory';
export { PersonDetail } from './components/PersonDetail';
export { PersonForm } from './components/PersonForm';
export { PersonPicker } from './components/PersonPicker';
export type { OrganisationField, OrganisationFieldProps, PersonChoice, PersonFieldProps } from './components/types';

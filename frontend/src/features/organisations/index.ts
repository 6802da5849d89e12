export { OrganisationDirectory } from './components/OrganisationDirectory';
export { OrganisationDetail } from './components/OrganisationDetail';
export { OrganisationPicker, type OrganisationPickerProps } from './components/OrganisationPicker';

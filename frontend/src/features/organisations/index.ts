export { OrganisationDirectory } from './components/OrganisationDirectory';
export { OrganisationDetail } from './components/OrganisationDetail';
export { useOrganisationOptions } from './api/organisations';

export type { OrganisationField, OrganisationFieldProps, PersonChoice, PersonFieldProps } from '@/lib/pickers';

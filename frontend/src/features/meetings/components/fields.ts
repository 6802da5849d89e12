import type { ComponentType } from 'react';
import type { OrganisationFieldProps, PersonFieldProps } from '@/lib/pickers';

export type { OrganisationFieldProps, PersonChoice, PersonFieldProps } from '@/lib/pickers';

/** The pickers the meeting forms use; the app passes in those of the people and organisations features. */
export interface MeetingFields {
  PersonPicker: ComponentType<PersonFieldProps>;
  OrganisationPicker: ComponentType<OrganisationFieldProps>;
}

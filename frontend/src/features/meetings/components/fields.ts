import type { ComponentType, ReactNode } from 'react';

/** A person chosen in a picker: the id, and the name the box shows. */
export interface PersonChoice {
  personId: string;
  name: string;
}

export interface PersonFieldProps {
  label: string;
  value: string | null;
  onChange: (choice: PersonChoice | null) => void;
  initial?: PersonChoice | null;
  placeholder?: string;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
}

export interface OrganisationFieldProps {
  label: string;
  value: string | null;
  onChange: (organisationId: string | null) => void;
  error?: ReactNode;
  required?: boolean;
}

/** The pickers the meeting forms use; the app passes in those of the people and organisations features. */
export interface MeetingFields {
  PersonPicker: ComponentType<PersonFieldProps>;
  OrganisationPicker: ComponentType<OrganisationFieldProps>;
}

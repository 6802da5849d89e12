import type { ComponentType, ReactNode } from 'react';

/**
 * The props of the pickers one feature passes to another through the app (features do not import each other): the
 * organisations feature's OrganisationPicker and the people feature's PersonPicker satisfy them.
 */

/** A field choosing one organisation. */
export interface OrganisationFieldProps {
  label: string;
  value: string | null;
  onChange: (organisationId: string | null) => void;
  error?: ReactNode;
  required?: boolean;
}

export type OrganisationField = ComponentType<OrganisationFieldProps>;

/** A person chosen in a picker: the id, and the name the box shows. */
export interface PersonChoice {
  personId: string;
  name: string;
}

/** A field choosing one person. */
export interface PersonFieldProps {
  label: string;
  value: string | null;
  onChange: (choice: PersonChoice | null) => void;
  /** The person already chosen, named before any search. */
  initial?: PersonChoice | null;
  placeholder?: string;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
}

export type PersonField = ComponentType<PersonFieldProps>;

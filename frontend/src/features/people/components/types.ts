import type { ComponentType, ReactNode } from 'react';

/** A field choosing one organisation; the app passes the organisations feature's picker in. */
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

/** A field choosing one person (the people feature's picker, passed to other features by the app). */
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

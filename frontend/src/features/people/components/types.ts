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

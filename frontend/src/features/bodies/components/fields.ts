import type { ComponentType, ReactNode } from 'react';

/** A field choosing one person; the app passes the people feature's picker in. */
export interface PersonFieldProps {
  label: string;
  value: string | null;
  onChange: (choice: { personId: string; name: string } | null) => void;
  placeholder?: string;
  error?: ReactNode;
  required?: boolean;
}

export type PersonField = ComponentType<PersonFieldProps>;

export type { PersonField, PersonFieldProps } from '@/lib/pickers';

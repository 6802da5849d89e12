/**
 * Names for the contract's schemas. Everything comes from the generated schema.d.ts; this file only gives
 * short names and the lists of enumeration values the UI iterates over.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type Organisation = Schemas['Organisation'];
export type OrganisationList = Schemas['OrganisationList'];
export type Roadmap = Schemas['Roadmap'];
export type RoadmapList = Schemas['RoadmapList'];
export type RoadmapItem = Schemas['RoadmapItem'];
export type RoadmapItemList = Schemas['RoadmapItemList'];
export type Deadline = Schemas['Deadline'];
export type ItemOrganisation = Schemas['ItemOrganisation'];
export type ProgressUpdate = Schemas['ProgressUpdate'];
export type ProgressUpdateList = Schemas['ProgressUpdateList'];
export type ProgressUpdateCreate = Schemas['ProgressUpdateInput'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type HistoryList = Schemas['HistoryList'];
export type RoadmapSummary = Schemas['RoadmapSummary'];

export type ItemStatus = NonNullable<RoadmapItem['status']>;
export type RoadmapStatus = NonNullable<Roadmap['status']>;
export type OrganisationKind = NonNullable<Organisation['kind']>;
export type DeadlinePrecision = NonNullable<Deadline['precision']>;
export type Recurrence = NonNullable<Deadline['recurrence']>;

export const ITEM_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const satisfies readonly ItemStatus[];
export const ROADMAP_STATUSES = ['DRAFT', 'APPROVED', 'ARCHIVED'] as const satisfies readonly RoadmapStatus[];
export const ORGANISATION_KINDS = [
  'ASSOCIATION',
  'DEVELOPMENT_CENTRE',
  'REGIONAL_AUTHORITY',
  'FEDERAL_AUTHORITY',
  'MEMBER_ENTERPRISE',
  'RESEARCH_EDUCATION',
  'OTHER',
] as const satisfies readonly OrganisationKind[];

export function isItemStatus(value: unknown): value is ItemStatus {
  return typeof value === 'string' && (ITEM_STATUSES as readonly string[]).includes(value);
}

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/** Roles carried by the token (realm roles). */
export const ROLES = {
  association: 'association',
  ckr: 'ckr',
  department: 'department',
  member: 'member',
  integration: 'integration',
} as const;

/**
 * Names for the contract's schemas. Everything comes from the generated schema.d.ts; this file only gives
 * short names and the lists of enumeration values the UI iterates over.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type Organisation = Schemas['Organisation'];
export type OrganisationPermissions = Schemas['OrganisationPermissions'];
export type OrganisationPatch = Schemas['OrganisationPatch'];
export type OrganisationList = Schemas['OrganisationList'];
export type Roadmap = Schemas['Roadmap'];
export type RoadmapPermissions = Schemas['RoadmapPermissions'];
export type RoadmapPatch = Schemas['RoadmapPatch'];
export type RoadmapInput = Schemas['RoadmapInput'];
export type RoadmapList = Schemas['RoadmapList'];
export type RoadmapItem = Schemas['RoadmapItem'];
export type ItemPermissions = Schemas['ItemPermissions'];
export type RoadmapItemPatch = Schemas['RoadmapItemPatch'];
export type RoadmapItemInput = Schemas['RoadmapItemInput'];
export type DeadlineInput = Schemas['DeadlineInput'];
export type ItemOrganisationInput = Schemas['ItemOrganisationInput'];
export type RoadmapItemList = Schemas['RoadmapItemList'];
export type Deadline = Schemas['Deadline'];
export type ItemOrganisation = Schemas['ItemOrganisation'];
export type ProgressUpdate = Schemas['ProgressUpdate'];
export type ProgressUpdateList = Schemas['ProgressUpdateList'];
export type ProgressUpdateCreate = Schemas['ProgressUpdateInput'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Actor = Schemas['Actor'];
export type HistoryList = Schemas['HistoryList'];
export type RoadmapSummary = Schemas['RoadmapSummary'];
export type MyItem = Schemas['MyItem'];
export type MyItemList = Schemas['MyItemList'];
export type PartyRole = Schemas['PartyRole'];
export type RoadmapCopyPreview = Schemas['RoadmapCopyPreview'];
export type RoadmapRef = Schemas['RoadmapRef'];
export type QuarterlyReport = Schemas['QuarterlyReport'];
export type QuarterlyReportSummary = Schemas['QuarterlyReportSummary'];
export type QuarterlyReportList = Schemas['QuarterlyReportList'];
export type QuarterlyReportPermissions = Schemas['QuarterlyReportPermissions'];
export type ReportIssue = Schemas['ReportIssue'];
export type ReportForm = Schemas['ReportForm'];
export type ReportIndicator = Schemas['ReportIndicator'];
export type ReportStatus = Schemas['ReportStatus'];
export type Notification = Schemas['Notification'];
export type NotificationList = Schemas['NotificationList'];
export type NotificationKind = Schemas['NotificationKind'];
export type ReportCompleteness = Schemas['ReportCompleteness'];
export type ReportTimeliness = Schemas['ReportTimeliness'];
export type ConsolidatedSummary = Schemas['ConsolidatedSummary'];
export type ReportImport = Schemas['ReportImport'];
export type ReportImportLine = Schemas['ReportImportLine'];
export type Person = Schemas['Person'];
export type PersonList = Schemas['PersonList'];
export type PersonInput = Schemas['PersonInput'];
export type PersonPatch = Schemas['PersonPatch'];
export type PersonPermissions = Schemas['PersonPermissions'];
export type AccountState = Schemas['AccountState'];
export type ServiceAccount = Schemas['ServiceAccount'];
export type ServiceAccountList = Schemas['ServiceAccountList'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditEventList = Schemas['AuditEventList'];
export type Change = Schemas['Change'];
export type SignIn = Schemas['SignIn'];
export type SignInInput = Schemas['SignInInput'];
export type CheckInCode = Schemas['CheckInCode'];
export type CheckIn = Schemas['CheckIn'];
export type Body = Schemas['Body'];
export type BodySummary = Schemas['BodySummary'];
export type BodyList = Schemas['BodyList'];
export type BodyInput = Schemas['BodyInput'];
export type BodyPatch = Schemas['BodyPatch'];
export type BodyMember = Schemas['BodyMember'];
export type BodyMemberInput = Schemas['BodyMemberInput'];
export type BodyMemberPatch = Schemas['BodyMemberPatch'];
export type BodyPermissions = Schemas['BodyPermissions'];
export type BodyKind = Schemas['BodyKind'];
export type BodyRole = Schemas['BodyRole'];
export type Meeting = Schemas['Meeting'];
export type MeetingList = Schemas['MeetingList'];
export type MeetingInput = Schemas['MeetingInput'];
export type MeetingPatch = Schemas['MeetingPatch'];
export type MeetingPermissions = Schemas['MeetingPermissions'];
export type MeetingKind = Schemas['MeetingKind'];
export type MeetingState = Schemas['MeetingState'];
export type MeetingOccurrence = Schemas['MeetingOccurrence'];
export type AgendaItem = Schemas['AgendaItem'];
export type AgendaItemInput = Schemas['AgendaItemInput'];
export type AgendaItemPatch = Schemas['AgendaItemPatch'];
export type Participant = Schemas['Participant'];
export type ParticipantsInput = Schemas['ParticipantsInput'];
export type ParticipantsAdded = Schemas['ParticipantsAdded'];
export type Attendance = Schemas['Attendance'];
export type AttendanceView = Schemas['AttendanceView'];
export type Decision = Schemas['Decision'];
export type DecisionInput = Schemas['DecisionInput'];
export type CalendarFeed = Schemas['CalendarFeed'];
export type PersonRef = Schemas['PersonRef'];
export type LinkedRoadmapItem = Schemas['LinkedRoadmapItem'];

export type ItemStatus = NonNullable<RoadmapItem['status']>;
export type RoadmapStatus = NonNullable<Roadmap['status']>;
export type OrganisationKind = NonNullable<Organisation['kind']>;
export type DeadlinePrecision = NonNullable<Deadline['precision']>;
export type Recurrence = NonNullable<Deadline['recurrence']>;

export const ITEM_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const satisfies readonly ItemStatus[];
export const DEADLINE_PRECISIONS = [
  'DAY',
  'MONTH',
  'QUARTER',
  'YEAR',
  'RECURRING',
  'ONGOING',
] as const satisfies readonly DeadlinePrecision[];
export const RECURRENCES = ['MONTHLY', 'QUARTERLY', 'YEARLY'] as const satisfies readonly Recurrence[];
export const ROADMAP_STATUSES = ['DRAFT', 'APPROVED', 'ARCHIVED'] as const satisfies readonly RoadmapStatus[];
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const satisfies readonly ReportStatus[];
export const ORGANISATION_KINDS = [
  'ASSOCIATION',
  'DEVELOPMENT_CENTRE',
  'REGIONAL_AUTHORITY',
  'FEDERAL_AUTHORITY',
  'MEMBER_ENTERPRISE',
  'RESEARCH_EDUCATION',
  'OTHER',
] as const satisfies readonly OrganisationKind[];

export const MEETING_KINDS = ['QUARTERLY', 'WORKING_GROUP', 'COUNCIL'] as const satisfies readonly MeetingKind[];
export const MEETING_STATES = ['DRAFT', 'OPEN', 'IN_PROGRESS', 'CLOSED', 'CANCELLED'] as const satisfies readonly MeetingState[];
export const ATTENDANCES = ['PRESENT', 'ABSENT', 'EXCUSED'] as const satisfies readonly Attendance[];

export const BODY_KINDS = ['COUNCIL', 'WORKING_GROUP', 'REGISTRY'] as const satisfies readonly BodyKind[];
export const BODY_ROLES = ['CHAIR', 'DEPUTY', 'SECRETARY', 'MEMBER'] as const satisfies readonly BodyRole[];
export const ACCOUNT_STATES = ['NONE', 'INVITED', 'ACTIVE', 'DISABLED'] as const satisfies readonly AccountState[];
/** The object types the server records in its audit log (the AUDIT_TYPE of each audited entity). */
export const AUDIT_OBJECT_TYPES = [
  'ROADMAP',
  'ROADMAP_ITEM',
  'PROGRESS_UPDATE',
  'ORGANISATION',
  'PERSON',
  'SERVICE_ACCOUNT',
  'QUARTERLY_REPORT',
] as const;

export function isItemStatus(value: unknown): value is ItemStatus {
  return typeof value === 'string' && (ITEM_STATUSES as readonly string[]).includes(value);
}

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
}

export type RoadmapImportPreview = Schemas['RoadmapImportPreview'];
export type RoadmapImportItem = Schemas['RoadmapImportItem'];
export type RoadmapImportParty = Schemas['RoadmapImportParty'];
export type RoadmapImportProposedOrganisation = Schemas['RoadmapImportProposedOrganisation'];
export type RoadmapImportCommitInput = Schemas['RoadmapImportCommitInput'];
export type ImportMatch = Schemas['ImportMatch'];
export type Attachment = Schemas['Attachment'];
export type AttachmentList = Schemas['AttachmentList'];
export type RoadmapImportPartyInput = Schemas['RoadmapImportPartyInput'];
export type RoadmapImportItemChoiceInput = Schemas['RoadmapImportItemChoiceInput'];

/**
 * The item editor's values and what is sent from them: a new item (RoadmapItemInput) or a JSON merge patch with only
 * the changed fields (RoadmapItemPatch: lists and the deadline replaced whole) and the version it is based on. The
 * checks mirror the server's (openapi.yaml), so most mistakes show before sending. Plain functions, tested alone.
 */
import { z } from 'zod';
import { DEADLINE_TEXT_MAX, ITEM_PARTIES_MAX, LONG_TEXT_MAX, OFFICIAL_MAX } from '@/config/constants';
import {
  DEADLINE_PRECISIONS,
  type DeadlineInput,
  type DeadlinePrecision,
  type ItemOrganisation,
  type ItemOrganisationInput,
  ITEM_STATUSES,
  type ItemStatus,
  RECURRENCES,
  type Recurrence,
  type RoadmapItem,
  type RoadmapItemInput,
  type RoadmapItemPatch,
} from '@/lib/api/types';
import { changedFields } from '@/lib/three-way';
import { dueDate } from './deadline';

/** An organisation on the item: its id ('' until chosen), its name as shown, the official named ('' for none). */
export type PartyFormValue = {
  /** Identifies the row while it moves (React key); never sent. */
  key: string;
  organisationId: string;
  organisationName: string;
  official: string;
};

/** The deadline as the API takes it: precision, period ("2017-Q2"), recurrence ('' for none), text as written ('' for none). */
export type DeadlineFormValue = {
  precision: DeadlinePrecision;
  period: string;
  recurrence: Recurrence | '';
  text: string;
};

export type ItemFormValues = {
  number: string;
  activity: string;
  deadline: DeadlineFormValue;
  responsible: PartyFormValue[];
  assisting: PartyFormValue[];
  expectedResult: string;
  note: string;
  status: ItemStatus;
};

export type ItemField = keyof ItemFormValues;

export const ITEM_FIELDS = [
  'number',
  'activity',
  'deadline',
  'responsible',
  'assisting',
  'expectedResult',
  'note',
  'status',
] as const satisfies readonly ItemField[];

/** The number as the API takes it: "3", "3.2", up to five parts of up to six digits. */
export const ITEM_NUMBER_PATTERN = /^[0-9]{1,6}(\.[0-9]{1,6}){0,4}$/;

let lastKey = 0;
function newKey(): string {
  lastKey += 1;
  return `party-${lastKey}`;
}

export function emptyParty(): PartyFormValue {
  return { key: newKey(), organisationId: '', organisationName: '', official: '' };
}

function partyFromItem(party: ItemOrganisation): PartyFormValue {
  return { key: newKey(), organisationId: party.organisationId, organisationName: party.organisationName, official: party.official ?? '' };
}

/** A new item: the suggested number, a deadline in the roadmap's year, one responsible organisation still to choose. */
export function newItemValues(year: number, number = ''): ItemFormValues {
  return {
    number,
    activity: '',
    deadline: { precision: 'YEAR', period: String(year), recurrence: '', text: '' },
    responsible: [emptyParty()],
    assisting: [],
    expectedResult: '',
    note: '',
    status: 'NOT_STARTED',
  };
}

export function itemToForm(item: RoadmapItem): ItemFormValues {
  return {
    number: item.number,
    activity: item.activity,
    deadline: {
      precision: item.deadline.precision,
      period: item.deadline.period,
      recurrence: item.deadline.recurrence ?? '',
      text: item.deadline.text ?? '',
    },
    responsible: item.responsible.map(partyFromItem),
    assisting: item.assisting.map(partyFromItem),
    expectedResult: item.expectedResult ?? '',
    note: item.note ?? '',
    status: item.status,
  };
}

export function deadlineInput(deadline: DeadlineFormValue): DeadlineInput {
  const text = deadline.text.trim();
  return {
    precision: deadline.precision,
    period: deadline.period.trim(),
    ...(deadline.precision === 'RECURRING' && deadline.recurrence ? { recurrence: deadline.recurrence } : {}),
    ...(text ? { text } : {}),
  };
}

export function partiesInput(parties: readonly PartyFormValue[]): ItemOrganisationInput[] {
  return parties.map((party) => {
    const official = party.official.trim();
    return { organisationId: party.organisationId, ...(official ? { official } : {}) };
  });
}

/** What counts as a change of a field: the value as it would be sent (no row keys or names, no surrounding spaces). */
export function projectItem(values: ItemFormValues, field: ItemField): unknown {
  switch (field) {
    case 'deadline':
      return deadlineInput(values.deadline);
    case 'responsible':
    case 'assisting':
      return partiesInput(values[field]);
    case 'status':
      return values.status;
    default:
      return values[field].trim();
  }
}

/** A new item; its status is the server's default (NOT_STARTED), empty optional texts are left out. */
export function itemInput(values: ItemFormValues): RoadmapItemInput {
  const expectedResult = values.expectedResult.trim();
  const note = values.note.trim();
  return {
    number: values.number.trim(),
    activity: values.activity.trim(),
    deadline: deadlineInput(values.deadline),
    responsible: partiesInput(values.responsible),
    ...(values.assisting.length > 0 ? { assisting: partiesInput(values.assisting) } : {}),
    ...(expectedResult ? { expectedResult } : {}),
    ...(note ? { note } : {}),
  };
}

/** The fields changed from `loaded` to `values`. */
export function changedItemFields(loaded: ItemFormValues, values: ItemFormValues): ItemField[] {
  return changedFields(ITEM_FIELDS, loaded, values, projectItem);
}

/** The merge patch from `loaded` to `values`: only the changed fields (an emptied text is null), and the version. */
export function itemPatch(loaded: ItemFormValues, values: ItemFormValues, version: number): RoadmapItemPatch {
  const patch: RoadmapItemPatch = { version };
  for (const field of changedItemFields(loaded, values)) {
    switch (field) {
      case 'number':
      case 'activity':
        patch[field] = values[field].trim();
        break;
      case 'expectedResult':
      case 'note':
        patch[field] = values[field].trim() || null;
        break;
      case 'deadline':
        patch.deadline = deadlineInput(values.deadline);
        break;
      case 'responsible':
      case 'assisting':
        patch[field] = partiesInput(values[field]);
        break;
      case 'status':
        patch.status = values.status;
        break;
    }
  }
  return patch;
}

/** The number a new item gets by default: one more than the highest top-level number ("14", "14.2" → "15"). */
export function nextItemNumber(numbers: readonly string[]): string {
  const top = numbers.map((number) => Number.parseInt(number.split('.')[0] ?? '', 10)).filter((value) => Number.isFinite(value));
  return String(top.length > 0 ? Math.max(...top) + 1 : 1);
}

/** Message keys (src/i18n) of the item editor's own checks. */
export type ItemErrorKey =
  | 'itemForm.errors.number'
  | 'itemForm.errors.activityRequired'
  | 'itemForm.errors.tooLong'
  | 'itemForm.errors.period'
  | 'itemForm.errors.date'
  | 'itemForm.errors.recurrence'
  | 'itemForm.errors.responsibleRequired'
  | 'itemForm.errors.organisationRequired'
  | 'itemForm.errors.duplicateOrganisation'
  | 'itemForm.errors.tooMany';

type Message = (key: ItemErrorKey, values?: { max: number }) => string;

function partiesSchema(message: Message, atLeastOne: boolean) {
  const party = z.object({
    key: z.string(),
    organisationId: z.string().min(1, { message: message('itemForm.errors.organisationRequired') }),
    organisationName: z.string(),
    official: z.string().max(OFFICIAL_MAX, { message: message('itemForm.errors.tooLong', { max: OFFICIAL_MAX }) }),
  });
  return z
    .array(party)
    .max(ITEM_PARTIES_MAX, { message: message('itemForm.errors.tooMany', { max: ITEM_PARTIES_MAX }) })
    .superRefine((parties, context) => {
      if (atLeastOne && parties.length === 0) context.addIssue({ code: 'custom', message: message('itemForm.errors.responsibleRequired') });
      const seen = new Set<string>();
      parties.forEach((p, index) => {
        if (!p.organisationId) return;
        if (seen.has(p.organisationId)) {
          context.addIssue({ code: 'custom', path: [index, 'organisationId'], message: message('itemForm.errors.duplicateOrganisation') });
        }
        seen.add(p.organisationId);
      });
    });
}

function longText(message: Message, max: number) {
  return z.string().refine((text) => text.length <= max, { message: message('itemForm.errors.tooLong', { max }) });
}

/** The server's rules for an item (RoadmapItemInput), checked before sending. `message` turns a key into the text shown. */
export function itemSchema(message: Message = (key) => key) {
  return z.object({
    number: z.string().refine((number) => ITEM_NUMBER_PATTERN.test(number.trim()), { message: message('itemForm.errors.number') }),
    activity: z
      .string()
      .refine((text) => text.trim() !== '', { message: message('itemForm.errors.activityRequired') })
      .refine((text) => text.length <= LONG_TEXT_MAX, { message: message('itemForm.errors.tooLong', { max: LONG_TEXT_MAX }) }),
    deadline: z
      .object({
        precision: z.enum(DEADLINE_PRECISIONS),
        period: z.string(),
        recurrence: z.union([z.literal(''), z.enum(RECURRENCES)]),
        text: longText(message, DEADLINE_TEXT_MAX),
      })
      .superRefine((deadline, context) => {
        if (dueDate(deadline.precision, deadline.period) === null) {
          const key = deadline.precision === 'DAY' ? 'itemForm.errors.date' : 'itemForm.errors.period';
          context.addIssue({ code: 'custom', path: ['period'], message: message(key) });
        }
        if (deadline.precision === 'RECURRING' && !deadline.recurrence) {
          context.addIssue({ code: 'custom', path: ['recurrence'], message: message('itemForm.errors.recurrence') });
        }
      }),
    responsible: partiesSchema(message, true),
    assisting: partiesSchema(message, false),
    expectedResult: longText(message, LONG_TEXT_MAX),
    note: longText(message, LONG_TEXT_MAX),
    status: z.enum(ITEM_STATUSES),
  });
}

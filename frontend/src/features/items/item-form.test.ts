import { describe, expect, it } from 'vitest';
import { ids, makeItems } from '@/testing/fixtures';
import { itemInput, itemPatch, itemSchema, itemToForm, newItemValues, nextItemNumber, type ItemFormValues } from './item-form';

const item6 = makeItems()[5]!;

function issues(values: ItemFormValues) {
  return (itemSchema().safeParse(values).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

describe('next item number', () => {
  it('is one more than the highest top-level number', () => {
    expect(nextItemNumber(['1', '2', '14', '3.2'])).toBe('15');
    expect(nextItemNumber(['7.1', '7.2'])).toBe('8');
    expect(nextItemNumber([])).toBe('1');
  });
});

describe('a new item', () => {
  it('sends the deadline as precision and period, and leaves out what is empty', () => {
    const values = newItemValues(2018, '15');
    values.activity = '  Провести совещание ';
    values.deadline = { precision: 'QUARTER', period: '2018-Q2', recurrence: '', text: '' };
    values.responsible = [{ key: 'a', organisationId: ids.association, organisationName: 'Ассоциация', official: ' Иванов И.И. ' }];
    expect(itemInput(values)).toEqual({
      number: '15',
      activity: 'Провести совещание',
      deadline: { precision: 'QUARTER', period: '2018-Q2' },
      responsible: [{ organisationId: ids.association, official: 'Иванов И.И.' }],
    });
  });

  it('sends a recurring deadline with its recurrence and the text as written', () => {
    const values = newItemValues(2018, '3');
    values.deadline = { precision: 'RECURRING', period: '2018', recurrence: 'QUARTERLY', text: 'раз в квартал' };
    expect(itemInput(values).deadline).toEqual({ precision: 'RECURRING', period: '2018', recurrence: 'QUARTERLY', text: 'раз в квартал' });
  });
});

describe('an edit', () => {
  it('patches only the changed fields with the version; lists and the deadline go whole', () => {
    const loaded = itemToForm(item6);
    const values: ItemFormValues = {
      ...loaded,
      note: 'Согласовать',
      deadline: { ...loaded.deadline, precision: 'MONTH', period: '2017-09', text: '' },
      assisting: [...loaded.assisting].reverse(),
    };
    expect(itemPatch(loaded, values, 4)).toEqual({
      version: 4,
      deadline: { precision: 'MONTH', period: '2017-09' },
      assisting: [{ organisationId: ids.ckr }, { organisationId: ids.association }],
      note: 'Согласовать',
    });
  });

  it('sends null for an emptied text and nothing for unchanged values or moved row keys', () => {
    const loaded = itemToForm(item6);
    const values: ItemFormValues = { ...loaded, expectedResult: '  ', responsible: loaded.responsible.map((p) => ({ ...p, key: 'new' })) };
    expect(itemPatch(loaded, values, 1)).toEqual({ version: 1, expectedResult: null });
    expect(itemPatch(loaded, { ...loaded, activity: `${loaded.activity} ` }, 1)).toEqual({ version: 1 });
  });
});

describe('checks', () => {
  it('accepts the item as loaded', () => {
    expect(issues(itemToForm(item6))).toEqual([]);
  });

  it('checks the number, the activity, the period and the recurrence', () => {
    const values = newItemValues(2018, '3.a');
    values.deadline = { precision: 'RECURRING', period: '18', recurrence: '', text: '' };
    values.responsible = [];
    expect(issues(values)).toEqual([
      ['number', 'itemForm.errors.number'],
      ['activity', 'itemForm.errors.activityRequired'],
      ['deadline.period', 'itemForm.errors.period'],
      ['deadline.recurrence', 'itemForm.errors.recurrence'],
      ['responsible', 'itemForm.errors.responsibleRequired'],
    ]);
  });

  it('asks for an organisation in every row, once per list', () => {
    const values = itemToForm(item6);
    values.assisting = [...values.assisting, { key: 'x', organisationId: ids.ckr, organisationName: '', official: '' }];
    values.responsible = [...values.responsible, { key: 'y', organisationId: '', organisationName: '', official: '' }];
    expect(issues(values)).toEqual([
      ['responsible.1.organisationId', 'itemForm.errors.organisationRequired'],
      ['assisting.2.organisationId', 'itemForm.errors.duplicateOrganisation'],
    ]);
  });

  it('rejects texts over their limits', () => {
    const values = itemToForm(item6);
    values.note = 'я'.repeat(4001);
    values.deadline.text = 'я'.repeat(201);
    expect(issues(values)).toEqual([
      ['deadline.text', 'itemForm.errors.tooLong'],
      ['note', 'itemForm.errors.tooLong'],
    ]);
  });
});

import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConflictReview, type ConflictRow } from '@/components/ui/ConflictReview';
import { flashState } from '@/components/ui/FlashMessage';
import { LimitedTextarea } from '@/components/ui/LimitedText';
import { LONG_TEXT_MAX } from '@/config/constants';
import { type Formatters, useFormat } from '@/i18n/use-format';
import { isApiError, isStaleVersion } from '@/lib/api/problem';
import { ITEM_STATUSES, type ItemStatus, type RoadmapItem } from '@/lib/api/types';
import { useServerErrors } from '@/lib/api/use-server-errors';
import { rebase, threeWayDiff } from '@/lib/three-way';
import { useCreateItem, useReloadItem, useUpdateItem } from '../api/items';
import { parsePeriod, QUARTER_NUMERALS } from '../deadline';
import {
  changedItemFields,
  type DeadlineFormValue,
  ITEM_FIELDS,
  type ItemField,
  type ItemFormValues,
  itemInput,
  itemPatch,
  itemSchema,
  itemToForm,
  newItemValues,
  type PartyFormValue,
  projectItem,
} from '../item-form';
import { DeadlineEditor } from './DeadlineEditor';
import { PartyListEditor, type RenderOrganisationField } from './PartyListEditor';

/** "II квартал 2017", "июнь 2017", "ежеквартально, 2017", with the text as written when there is one. */
export function describeDeadline(deadline: DeadlineFormValue, t: TFunction, format: Formatters): string {
  const parts = parsePeriod(deadline.precision, deadline.period);
  let period = deadline.period || t('history.emptyValue');
  if (parts) {
    switch (deadline.precision) {
      case 'DAY':
        period = format.date(deadline.period);
        break;
      case 'MONTH':
        period = format.monthYear(`${deadline.period}-01`);
        break;
      case 'QUARTER':
        period = t('itemForm.quarterOf', { numeral: QUARTER_NUMERALS[(parts.quarter ?? 4) - 1], n: parts.quarter, year: parts.year });
        break;
      case 'RECURRING':
        period = deadline.recurrence ? `${t(`recurrence.${deadline.recurrence}`)}, ${parts.year}` : String(parts.year);
        break;
      default:
        period = String(parts.year);
    }
  }
  const text = deadline.text.trim();
  return text ? t('itemForm.deadlineWithText', { period, text }) : period;
}

function describeParties(parties: readonly PartyFormValue[], t: TFunction): string {
  if (parties.length === 0) return t('history.emptyValue');
  return parties
    .map((party) => {
      const name = party.organisationName || t('itemForm.parties.notChosen');
      const official = party.official.trim();
      return official ? `${name} (${official})` : name;
    })
    .join('; ');
}

function describe(values: ItemFormValues, field: ItemField, t: TFunction, format: Formatters): string {
  switch (field) {
    case 'deadline':
      return describeDeadline(values.deadline, t, format);
    case 'responsible':
    case 'assisting':
      return describeParties(values[field], t);
    case 'status':
      return t(`status.item.${values.status}`);
    default:
      return values[field].trim() || t('history.emptyValue');
  }
}

/** What the editor makes: a new item of a roadmap (with a suggested number) or a change of a loaded item. */
export type ItemEditorMode = { kind: 'create'; roadmapId: string; number: string } | { kind: 'edit'; item: RoadmapItem };

interface Base {
  values: ItemFormValues;
  version: number;
}

/**
 * Every field of an item on one page: number, activity, deadline, the responsible and assisting organisations with
 * their officials, expected result, note, and (when editing) the status. A new item is created and opened; an edit
 * sends only the changed fields with the version it was loaded at. When someone else changed the item meanwhile it
 * lists both changes field by field and lets the user apply theirs to the new version or take the current item.
 * Server checks land under their fields; a refusal (409) shows as an alert.
 */
export function ItemEditor({
  mode,
  defaultYear,
  renderOrganisationField,
}: {
  mode: ItemEditorMode;
  defaultYear: number;
  renderOrganisationField: RenderOrganisationField;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const editing = mode.kind === 'edit' ? mode.item : null;
  const roadmapId = mode.kind === 'edit' ? mode.item.roadmapId : mode.roadmapId;
  const create = useCreateItem(roadmapId);
  const update = useUpdateItem({ id: editing?.id ?? '', roadmapId });
  const reload = useReloadItem();
  const [base, setBase] = useState<Base | null>(() => (editing ? { values: itemToForm(editing), version: editing.version } : null));
  const [theirs, setTheirs] = useState<RoadmapItem | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => itemSchema((key, values) => t(key, values)), [t]);
  const form = useForm<ItemFormValues>({
    mode: 'controlled',
    initialValues: base?.values ?? newItemValues(defaultYear, mode.kind === 'create' ? mode.number : ''),
    validate: zod4Resolver(schema),
  });
  const server = useServerErrors(form);
  const pending = create.isPending || update.isPending;
  const values = form.values;

  useEffect(() => {
    if (theirs) conflictRef.current?.focus();
  }, [theirs]);

  const fail = (error: unknown) => {
    if (editing && isStaleVersion(error)) {
      reload(editing.id).then(setTheirs, server.show);
      return;
    }
    if (isApiError(error) && error.status === 409) setRefusal(error.message);
    server.show(error);
  };

  const saved = (item: RoadmapItem, key: string) => void navigate(`/items/${item.id}`, { state: flashState(key, { number: item.number }) });

  const send = (next: ItemFormValues, on: Base | null) => {
    server.clear();
    setRefusal(null);
    setReloaded(false);
    if (!editing || !on) {
      create.mutate(itemInput(next), { onSuccess: (item) => saved(item, 'itemForm.created'), onError: fail });
      return;
    }
    if (changedItemFields(on.values, next).length === 0) {
      void navigate(`/items/${editing.id}`);
      return;
    }
    update.mutate(itemPatch(on.values, next, on.version), { onSuccess: (item) => saved(item, 'itemForm.saved'), onError: fail });
  };

  const theirValues = useMemo(() => (theirs ? itemToForm(theirs) : null), [theirs]);
  const rows: ConflictRow[] =
    base && theirValues
      ? threeWayDiff(ITEM_FIELDS, base.values, values, theirValues, projectItem).map((diff) => ({
          key: diff.field,
          label: t(`itemForm.fields.${diff.field}`),
          loaded: describe(base.values, diff.field, t, format),
          theirs: describe(theirValues, diff.field, t, format),
          mine: describe(values, diff.field, t, format),
          changedByMe: diff.mine,
          changedByThem: diff.theirs,
          conflict: diff.conflict,
        }))
      : [];

  const reapply = () => {
    if (!base || !theirs || !theirValues) return;
    const merged = rebase(ITEM_FIELDS, base.values, form.getValues(), theirValues, projectItem);
    const next = { values: theirValues, version: theirs.version };
    form.setValues(merged);
    setBase(next);
    setTheirs(null);
    send(merged, next);
  };
  const discard = () => {
    if (!theirs || !theirValues) return;
    form.setValues(theirValues);
    form.clearErrors();
    setBase({ values: theirValues, version: theirs.version });
    setTheirs(null);
    setReloaded(true);
  };

  const error = (path: string): ReactNode => form.errors[path];
  const statusOptions = ITEM_STATUSES.map((status: ItemStatus) => ({ value: status, label: t(`status.item.${status}`) }));
  const cancelTo = editing ? `/items/${editing.id}` : `/roadmaps/${roadmapId}`;

  return (
    <form
      // A long page on a phone: a check that fails takes the focus to its field.
      onSubmit={form.onSubmit(
        (next) => send(next, base),
        (_errors, _values, event) => {
          const target = event?.currentTarget;
          if (target instanceof HTMLFormElement) {
            requestAnimationFrame(() => target.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
          }
        },
      )}
      noValidate
    >
      <Stack gap="md" maw={860}>
        {theirs && (
          <div ref={conflictRef} tabIndex={-1} style={{ outline: 'none' }}>
            <ConflictReview
              title={t('itemForm.conflictTitle')}
              rows={rows}
              onReapply={reapply}
              onDiscard={discard}
              busy={update.isPending}
            />
          </div>
        )}
        {reloaded && (
          <Alert
            color="blue.8"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setReloaded(false)}
          >
            {t('itemForm.reloaded')}
          </Alert>
        )}
        <TextInput
          label={t('itemForm.fields.number')}
          description={mode.kind === 'create' ? t('itemForm.numberSuggested') : t('itemForm.numberDescription')}
          required
          inputMode="decimal"
          autoComplete="off"
          maw={{ base: '100%', xs: '16rem' }}
          {...form.getInputProps('number')}
        />
        <LimitedTextarea
          label={t('itemForm.fields.activity')}
          required
          max={LONG_TEXT_MAX}
          minRows={3}
          {...form.getInputProps('activity')}
        />
        <DeadlineEditor
          value={values.deadline}
          onChange={(deadline) => form.setFieldValue('deadline', deadline)}
          defaultYear={defaultYear}
          loaded={base?.values.deadline}
          errors={{
            deadline: error('deadline'),
            precision: error('deadline.precision'),
            period: error('deadline.period'),
            recurrence: error('deadline.recurrence'),
            text: error('deadline.text'),
          }}
        />
        <PartyListEditor
          legend={t('itemForm.fields.responsible')}
          description={t('itemForm.parties.responsibleDescription')}
          addLabel={t('itemForm.parties.addResponsible')}
          parties={values.responsible}
          onChange={(parties) => form.setFieldValue('responsible', parties)}
          errorOf={(index, field) => error(`responsible.${index}.${field}`)}
          listError={error('responsible')}
          renderOrganisationField={renderOrganisationField}
        />
        <PartyListEditor
          legend={t('itemForm.fields.assisting')}
          description={t('itemForm.parties.assistingDescription')}
          addLabel={t('itemForm.parties.addAssisting')}
          parties={values.assisting}
          onChange={(parties) => form.setFieldValue('assisting', parties)}
          errorOf={(index, field) => error(`assisting.${index}.${field}`)}
          listError={error('assisting')}
          renderOrganisationField={renderOrganisationField}
        />
        <LimitedTextarea label={t('itemForm.fields.expectedResult')} max={LONG_TEXT_MAX} {...form.getInputProps('expectedResult')} />
        <LimitedTextarea label={t('itemForm.fields.note')} max={LONG_TEXT_MAX} {...form.getInputProps('note')} />
        {editing && (
          <NativeSelect
            label={t('itemForm.fields.status')}
            description={t('itemForm.statusDescription')}
            data={statusOptions}
            maw={{ base: '100%', xs: '20rem' }}
            {...form.getInputProps('status')}
          />
        )}
        {(server.message || refusal) && (
          <Alert color="red.9" variant="light" role="alert" title={t('itemForm.notSaved')}>
            {server.message ?? refusal}
          </Alert>
        )}
        <Group gap="xs" wrap="wrap">
          {!theirs && (
            <Button type="submit" loading={pending}>
              {editing ? t('common.save') : t('itemForm.create')}
            </Button>
          )}
          <Button component={Link} to={cancelTo} variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

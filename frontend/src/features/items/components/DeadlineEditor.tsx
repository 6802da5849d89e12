import { Alert, Fieldset, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { LimitedTextInput } from '@/components/ui/LimitedText';
import { DEADLINE_TEXT_MAX } from '@/config/constants';
import { useFormat } from '@/i18n/use-format';
import { DEADLINE_PRECISIONS, RECURRENCES, type DeadlinePrecision, type Recurrence } from '@/lib/api/types';
import { convertPeriod, dueDate, MAX_DEADLINE_YEAR, MIN_DEADLINE_YEAR, parsePeriod, periodFromParts, QUARTER_NUMERALS } from '../deadline';
import type { DeadlineFormValue } from '../item-form';

export interface DeadlineErrors {
  deadline?: ReactNode;
  precision?: ReactNode;
  period?: ReactNode;
  recurrence?: ReactNode;
  text?: ReactNode;
}

/** The years offered: around the roadmap's year and the chosen one, within what the server accepts. */
function yearOptions(defaultYear: number, chosen: number | undefined): string[] {
  const from = Math.max(MIN_DEADLINE_YEAR, Math.min(defaultYear, chosen ?? defaultYear) - 5);
  const to = Math.min(MAX_DEADLINE_YEAR, Math.max(defaultYear, chosen ?? defaultYear) + 10);
  return Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
}

function sameDeadline(a: DeadlineFormValue, b: DeadlineFormValue): boolean {
  return a.precision === b.precision && a.period === b.period && (a.recurrence || '') === (b.recurrence || '');
}

/**
 * A deadline: its precision (day, month, quarter, year, recurring), the period in the inputs that precision needs,
 * and optionally the text as the document writes it. Shows the due date it gives as it is chosen ("Срок: 30 июня
 * 2017"). `loaded` is the deadline before editing: when the period changes but the text stays, it asks to check
 * the text (the server keeps a text as given).
 */
export function DeadlineEditor({
  value,
  onChange,
  errors,
  defaultYear,
  loaded,
}: {
  value: DeadlineFormValue;
  onChange: (value: DeadlineFormValue) => void;
  errors: DeadlineErrors;
  defaultYear: number;
  loaded?: DeadlineFormValue;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const parts = parsePeriod(value.precision, value.period);
  const year = parts?.year ?? defaultYear;
  const due = dueDate(value.precision, value.period);
  const monthName = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'ru', { month: 'long', timeZone: 'UTC' });

  const setPrecision = (precision: DeadlinePrecision) =>
    onChange({
      ...value,
      precision,
      period: convertPeriod(value.precision, value.period, precision, defaultYear),
      recurrence: precision === 'RECURRING' ? value.recurrence : '',
    });
  const setParts = (next: Partial<{ year: number; month: number; quarter: number }>) =>
    onChange({ ...value, period: periodFromParts(value.precision, { year, month: parts?.month, quarter: parts?.quarter, ...next }) });

  const yearSelect = (
    <NativeSelect
      label={t('itemForm.deadline.year')}
      data={yearOptions(defaultYear, parts?.year)}
      value={String(year)}
      onChange={(event) => setParts({ year: Number(event.currentTarget.value) })}
      error={value.precision !== 'DAY' ? errors.period : undefined}
    />
  );

  const textChangedNeeded = loaded && loaded.text.trim() !== '' && value.text.trim() === loaded.text.trim() && !sameDeadline(loaded, value);

  return (
    <Fieldset legend={t('itemForm.deadline.legend')} variant="filled" radius="md">
      <Stack gap="sm">
        <NativeSelect
          label={t('itemForm.deadline.precision')}
          data={DEADLINE_PRECISIONS.map((precision) => ({ value: precision, label: t(`itemForm.precision.${precision}`) }))}
          value={value.precision}
          onChange={(event) => setPrecision(event.currentTarget.value as DeadlinePrecision)}
          error={errors.precision}
        />
        {value.precision === 'DAY' && (
          <DateField
            label={t('itemForm.deadline.date')}
            required
            value={value.period}
            onChange={(date) => onChange({ ...value, period: date })}
            error={errors.period}
            defaultDate={`${defaultYear}-01-01`}
          />
        )}
        {value.precision === 'MONTH' && (
          <SimpleGrid cols={2} spacing="sm">
            <NativeSelect
              label={t('itemForm.deadline.month')}
              data={Array.from({ length: 12 }, (_, index) => ({
                value: String(index + 1),
                label: monthName.format(new Date(Date.UTC(2000, index, 1))),
              }))}
              value={String(parts?.month ?? 12)}
              onChange={(event) => setParts({ month: Number(event.currentTarget.value) })}
            />
            {yearSelect}
          </SimpleGrid>
        )}
        {value.precision === 'QUARTER' && (
          <SimpleGrid cols={2} spacing="sm">
            <NativeSelect
              label={t('itemForm.deadline.quarter')}
              data={QUARTER_NUMERALS.map((numeral, index) => ({
                value: String(index + 1),
                label: t('itemForm.quarterName', { numeral, n: index + 1 }),
              }))}
              value={String(parts?.quarter ?? 4)}
              onChange={(event) => setParts({ quarter: Number(event.currentTarget.value) })}
            />
            {yearSelect}
          </SimpleGrid>
        )}
        {(value.precision === 'YEAR' || value.precision === 'ONGOING') && yearSelect}
        {value.precision === 'RECURRING' && (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              label={t('itemForm.deadline.recurrence')}
              required
              data={[
                { value: '', label: t('itemForm.deadline.chooseRecurrence') },
                ...RECURRENCES.map((recurrence) => ({ value: recurrence, label: t(`recurrence.${recurrence}`) })),
              ]}
              value={value.recurrence}
              onChange={(event) => onChange({ ...value, recurrence: event.currentTarget.value as Recurrence | '' })}
              error={errors.recurrence}
            />
            {yearSelect}
          </SimpleGrid>
        )}
        <Text size="sm" fw={600} role="status" aria-live="polite" data-testid="derived-due-date">
          {due
            ? value.precision === 'RECURRING' && value.recurrence
              ? t('itemForm.deadline.dueRecurring', { date: format.date(due), recurrence: t(`recurrence.${value.recurrence}`) })
              : t('itemForm.deadline.due', { date: format.date(due) })
            : value.precision === 'ONGOING' && parts
              ? t('itemForm.deadline.dueNever')
              : t('itemForm.deadline.dueUnknown')}
        </Text>
        <LimitedTextInput
          label={t('itemForm.deadline.text')}
          max={DEADLINE_TEXT_MAX}
          description={t('itemForm.deadline.textDescription', { max: DEADLINE_TEXT_MAX, length: value.text.length })}
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
          error={errors.text}
        />
        {textChangedNeeded && (
          <Alert color="orange.9" variant="light" role="note" p="xs">
            {t('itemForm.deadline.checkText', { text: loaded.text.trim() })}
          </Alert>
        )}
        {errors.deadline && (
          <Text size="sm" c="red.9" role="alert">
            {errors.deadline}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

import { DateInput, type DateInputProps } from '@mantine/dates';
import { LocalisedDates } from './LocalisedDates';
import { useTranslation } from 'react-i18next';

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "15.06.2017" or "2017-06-15" → "2017-06-15"; null for anything else, or a day that does not exist (30.02). */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  const dotted = DOTTED.exec(trimmed);
  const iso = ISO.exec(trimmed);
  const [year, month, day] = dotted
    ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A calendar date ("YYYY-MM-DD", '' for none) typed as 15.06.2017 or picked from a calendar. The value is a plain string,
 * never shifted by the time zone.
 */
export function DateField({
  value,
  onChange,
  ...props
}: Omit<DateInputProps, 'valueFormat' | 'dateParser' | 'value' | 'onChange'> & { value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <LocalisedDates>
      <DateInput
        valueFormat="DD.MM.YYYY"
        dateParser={parseDateText}
        placeholder={t('common.datePlaceholder')}
        popoverProps={{ withinPortal: true }}
        {...props}
        value={value || null}
        onChange={(next) => onChange?.(next ?? '')}
      />
    </LocalisedDates>
  );
}

import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { LocalisedDates } from '@/components/ui/LocalisedDates';
import type { ItemFilterControls } from '../hooks/use-item-filters';
import type { ItemFilterPeriod } from './ItemFiltersPanel';

/** "Срок не раньше / не позже": two calendars that open on the roadmap's period. Loaded after the list (the date library). */
export function DueDateFilters({ controls, period }: { controls: ItemFilterControls; period?: ItemFilterPeriod }) {
  const { t } = useTranslation();
  const { filters } = controls;
  return (
    <LocalisedDates>
      <DatePickerInput
        key={`after-${period?.start}`}
        label={t('items.filters.dueAfter')}
        placeholder={t('items.filters.anyDate')}
        value={filters.dueAfter ?? null}
        onChange={(value) => controls.setDueAfter(value)}
        defaultDate={period?.start}
        valueFormat="D MMMM YYYY"
        clearable
      />
      <DatePickerInput
        key={`before-${period?.end}`}
        label={t('items.filters.dueBefore')}
        placeholder={t('items.filters.anyDate')}
        value={filters.dueBefore ?? null}
        onChange={(value) => controls.setDueBefore(value)}
        defaultDate={period?.end}
        valueFormat="D MMMM YYYY"
        clearable
      />
    </LocalisedDates>
  );
}

import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { usePeople } from '../api/people';
import type { PersonChoice, PersonFieldProps } from './types';

/**
 * Chooses one person by name: the server searches the people directory as the user types (`q`, after a pause),
 * like the organisation picker; each option names the person's organisation. `initial` names the person already
 * chosen (a meeting's chair), so the box shows the name before any search. Other features get it from the app.
 */
export function PersonPicker({ label, placeholder, value, onChange, initial, error, description, required }: PersonFieldProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<PersonChoice | null>(initial ?? null);
  const search = useDebouncedSearch(q, setQ);
  const showingChoice = q === '' || q === chosen?.name;
  const found = usePeople({ ...(showingChoice ? {} : { q }), page: 1 }, 20);
  const options = (found.data?.items ?? []).map((person) => ({
    value: person.id,
    label: person.organisationName ? `${person.name} (${person.organisationName})` : person.name,
  }));
  if (value && chosen && chosen.personId === value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: chosen.name });
  }
  return (
    <Select
      label={label}
      placeholder={placeholder}
      description={description}
      required={required}
      data={options}
      value={value}
      onChange={(id, option) => {
        const next = id && option ? { personId: id, name: option.label } : null;
        setChosen(next);
        onChange(next);
      }}
      error={error}
      searchable
      clearable
      searchValue={search.text}
      onSearchChange={search.onChange}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

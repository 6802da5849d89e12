import { Select } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { usePeopleSearch } from '../api/meetings';

export interface PersonChoice {
  personId: string;
  name: string;
}

/**
 * Chooses one person by name: the server searches the people directory as the user types (`q`, after a pause),
 * like the organisation picker. `initial` names the person already chosen (a meeting's chair), so the box shows
 * the name before any search.
 */
export function PersonSelect({
  label,
  value,
  onChange,
  initial,
  error,
  description,
}: {
  label: string;
  value: string | null;
  onChange: (choice: PersonChoice | null) => void;
  initial?: PersonChoice | null;
  error?: ReactNode;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<PersonChoice | null>(initial ?? null);
  const search = useDebouncedSearch(q, setQ);
  const showingChoice = q === '' || q === chosen?.name;
  const found = usePeopleSearch(showingChoice ? '' : q);
  const options = (found.data ?? []).map((person) => ({
    value: person.id,
    label: person.organisationName ? `${person.name} (${person.organisationName})` : person.name,
  }));
  if (value && chosen && chosen.personId === value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: chosen.name });
  }
  return (
    <Select
      label={label}
      description={description}
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

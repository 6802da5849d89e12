import { Select } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { usePeopleSearch } from '../api/bodies';

/** Chooses a person by name: the server searches as the user types; each option names the person's organisation. */
export function PersonSelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (personId: string | null, name?: string) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const search = useDebouncedSearch(q, setQ);
  // After a choice the box shows the chosen name: that is not a search.
  const showingChoice = q === '' || q === chosen?.label;
  const found = usePeopleSearch(showingChoice ? '' : q);
  const options = (found.data?.items ?? []).map((person) => ({
    value: person.id,
    label: person.organisationName ? `${person.name} — ${person.organisationName}` : person.name,
  }));
  if (value && chosen && chosen.value === value && !options.some((option) => option.value === value)) options.unshift(chosen);
  return (
    <Select
      label={t('bodies.person')}
      placeholder={t('bodies.personPlaceholder')}
      data={options}
      value={value}
      onChange={(id, option) => {
        setChosen(id && option ? { value: id, label: option.label } : null);
        onChange(id, option?.label);
      }}
      error={error}
      required
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

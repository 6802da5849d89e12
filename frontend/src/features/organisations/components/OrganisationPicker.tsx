import { Select } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { useOrganisation, useOrganisationSearch } from '../api/organisations';

export interface OrganisationPickerProps {
  label: string;
  placeholder?: string;
  /** The chosen organisation's id. */
  value: string | null;
  /** The chosen organisation's id and the name shown for it. */
  onChange: (organisationId: string | null, name?: string) => void;
  /** A message under the field (a check that failed). */
  error?: ReactNode;
  required?: boolean;
}

/**
 * Chooses one organisation by name. The server searches as the user types (`q`, after a pause) and the list shows
 * its first matches, so any organisation can be found however long the directory is.
 */
export function OrganisationPicker({ label, placeholder, value, onChange, error, required }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useDebouncedSearch(q, setQ);
  const selected = useOrganisation(value ?? '', { enabled: Boolean(value) });
  const selectedLabel = value ? selected.data?.displayName : undefined;
  // After a choice the box shows the chosen name: that is not a search, so the list offers the first names again.
  const showingChoice = q === '' || q === selectedLabel;
  const found = useOrganisationSearch(showingChoice ? '' : q);

  const options = (found.data?.items ?? []).map((organisation) => ({ value: organisation.id, label: organisation.displayName }));
  if (value && selectedLabel && showingChoice && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: selectedLabel });
  }

  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={options}
      value={value}
      onChange={(id, option) => onChange(id, option?.label)}
      error={error}
      required={required}
      searchable
      clearable
      searchValue={search.text}
      onSearchChange={search.onChange}
      // The server has already filtered by the text.
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ItemSort, isItemSort, parseItemSort } from '../api/items';

/** The orders the list offers where there are no column headers to click (cards on a phone). */
export const ITEM_SORT_OPTIONS: readonly ItemSort[] = [
  'number',
  '-number',
  'dueDate',
  '-dueDate',
  'status',
  '-status',
  '-updatedAt',
  'updatedAt',
];

function sortLabelKey(sort: ItemSort) {
  const { field, descending } = parseItemSort(sort);
  return `items.sort.${field}${descending ? 'Desc' : 'Asc'}` as const;
}

/** "Сортировка": the same orders as the table's headers, as a native select (the phone's own picker). */
export function ItemSortSelect({ sort, onSort }: { sort: ItemSort; onSort: (sort: ItemSort) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('items.sort.label')}
      value={sort}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isItemSort(value)) onSort(value);
      }}
      data={ITEM_SORT_OPTIONS.map((option) => ({ value: option, label: t(sortLabelKey(option)) }))}
      size="sm"
    />
  );
}

import { Center, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page links under a list; pages are 1-based here and in the URL. Hidden when everything fits on one page. */
export function ListPagination({
  page,
  totalItems,
  pageSize,
  onChange,
}: {
  page: number;
  totalItems: number;
  pageSize: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const total = Math.max(1, Math.ceil(totalItems / pageSize));
  if (total <= 1) return null;
  return (
    <Center component="nav" aria-label={t('common.pagination')} mt="md">
      <Pagination
        total={total}
        value={Math.min(page, total)}
        onChange={onChange}
        siblings={1}
        boundaries={1}
        getControlProps={(control) => ({
          'aria-label':
            control === 'previous'
              ? t('common.previousPage')
              : control === 'next'
                ? t('common.nextPage')
                : control === 'first'
                  ? t('common.firstPage')
                  : t('common.lastPage'),
        })}
        getItemProps={(pageNumber) => ({ 'aria-label': t('common.pageN', { page: pageNumber }) })}
      />
    </Center>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { useMe } from '@/features/auth';
import { MyItemsView } from '@/features/items';
import { useDocumentTitle } from './use-document-title';

/** `/my-items`: what the caller's organisation has to do, across roadmaps. */
export function MyItemsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('myItems.title'));
  return (
    <>
      <PageHeader title={t('myItems.title')}>
        {me.data?.organisationName && <Text size="sm">{t('myItems.of', { organisation: me.data.organisationName })}</Text>}
      </PageHeader>
      <MyItemsView />
    </>
  );
}

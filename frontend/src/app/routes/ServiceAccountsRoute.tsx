import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { ServiceAccountsView } from '@/features/service-accounts';
import { useDocumentTitle } from './use-document-title';

/** `/service-accounts`: the scripts' accounts (the association). */
export function ServiceAccountsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('serviceAccounts.title'));
  return (
    <>
      <PageHeader title={t('serviceAccounts.title')} />
      <ServiceAccountsView />
    </>
  );
}

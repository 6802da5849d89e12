import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/ui/PageHeader';
import { OrganisationDetail, OrganisationDirectory } from '@/features/organisations';
import { useDocumentTitle } from './use-document-title';

export function OrganisationsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  return (
    <>
      <PageHeader title={t('organisations.title')} />
      <OrganisationDirectory />
    </>
  );
}

export function OrganisationRoute() {
  const { organisationId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  return <OrganisationDetail organisationId={organisationId} />;
}

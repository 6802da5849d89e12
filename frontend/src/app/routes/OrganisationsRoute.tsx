import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/ui/PageHeader';
import { useMe } from '@/features/auth';
import { OrganisationDetail, OrganisationDirectory } from '@/features/organisations';
import { OrganisationPeople } from '@/features/people';
import { access } from './access';
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
  const me = useMe();
  useDocumentTitle(t('organisations.title'));
  return (
    <OrganisationDetail organisationId={organisationId}>
      <OrganisationPeople organisationId={organisationId} canAdd={access.addPeople(me.data, organisationId)} />
      {access.auditLog(me.data) && (
        <Anchor component={Link} to={`/audit?objectId=${organisationId}`} size="sm">
          {t('organisations.auditLink')}
        </Anchor>
      )}
    </OrganisationDetail>
  );
}

import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { useMe } from '@/features/auth';
import { OrganisationPicker } from '@/features/organisations';
import { PeopleDirectory, PersonDetail, PersonForm } from '@/features/people';
import { access } from './access';
import { useDocumentTitle } from './use-document-title';

/** `/people`: everyone the caller may see, searchable and filtered by organisation. */
export function PeopleRoute() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('people.title'));
  return (
    <>
      <PageHeader title={t('people.title')} />
      <PeopleDirectory
        OrganisationPicker={OrganisationPicker}
        canAdd={access.addPeople(me.data)}
        ownOrganisationId={access.addsOnlyToOwn(me.data) ? (me.data?.organisationId ?? undefined) : undefined}
      />
    </>
  );
}

/** `/people/:personId`. */
export function PersonRoute() {
  const { personId = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('people.title'));
  return <PersonDetail key={personId} personId={personId} canReadAuditLog={access.auditLog(me.data)} />;
}

/** `/people/new?organisationId=…`: «Добавить человека», pre-filled with the organisation it came from. */
export function NewPersonRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const organisationId = params.get('organisationId') ?? undefined;
  useDocumentTitle(t('people.add'));
  const back = organisationId ? `/organisations/${organisationId}` : '/people';
  return (
    <>
      <PageHeader title={t('people.add')} above={<AppLink to={back}>← {t('common.back')}</AppLink>} />
      <PersonForm OrganisationPicker={OrganisationPicker} organisationId={organisationId} onCancel={() => void navigate(back)} />
    </>
  );
}

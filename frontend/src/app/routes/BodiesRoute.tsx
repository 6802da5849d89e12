import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/ui/PageHeader';
import { BodiesDirectory, BodyDetail } from '@/features/bodies';
import { PersonPicker } from '@/features/people';
import { useDocumentTitle } from './use-document-title';

/** `/bodies`: the council, the working groups and the registry of the cluster. */
export function BodiesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('bodies.title'));
  return (
    <>
      <PageHeader title={t('bodies.title')}>
        <Text c="dimmed">{t('bodies.intro')}</Text>
      </PageHeader>
      <BodiesDirectory />
    </>
  );
}

/** `/bodies/:bodyId`. */
export function BodyRoute() {
  const { bodyId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('bodies.title'));
  return <BodyDetail key={bodyId} bodyId={bodyId} PersonPicker={PersonPicker} />;
}

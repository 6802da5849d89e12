import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { NotificationsView } from '@/features/notifications';
import { useDocumentTitle } from './use-document-title';

/** `/notifications`: reminders for the caller's organisation. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  return (
    <>
      <PageHeader title={t('notifications.title')} />
      <NotificationsView />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { AuditLogView } from '@/features/audit';
import { useDocumentTitle } from './use-document-title';

/** `/audit`: who changed what, across everything (the association and ЦКР). */
export function AuditRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  return (
    <>
      <PageHeader title={t('audit.title')} />
      <AuditLogView />
    </>
  );
}

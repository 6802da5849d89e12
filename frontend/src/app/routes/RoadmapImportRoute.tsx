import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppBreadcrumbs } from '@/components/ui/AppBreadcrumbs';
import { flashState } from '@/components/ui/FlashMessage';
import { PageHeader } from '@/components/ui/PageHeader';
import { ImportPreviewView, ImportUpload } from '@/features/documents';
import { OrganisationPicker } from '@/features/organisations';
import { useDocumentTitle } from './use-document-title';

/** `/roadmaps/import`: choose the roadmap's document and read it. */
export function RoadmapImportRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('documents.import.pageTitle'));
  return (
    <>
      <PageHeader
        title={t('documents.import.pageTitle')}
        above={<AppBreadcrumbs items={[{ to: '/roadmaps', label: t('nav.roadmaps') }]} />}
      />
      <ImportUpload onRead={(preview) => void navigate(`/roadmaps/import/${preview.id}`)} />
    </>
  );
}

/** `/roadmaps/import/:importId`: what the document says, the choices to make, and the commit. */
export function RoadmapImportPreviewRoute() {
  const { importId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('documents.import.previewTitle'));
  return (
    <>
      <PageHeader
        title={t('documents.import.previewTitle')}
        above={
          <AppBreadcrumbs
            items={[
              { to: '/roadmaps', label: t('nav.roadmaps') },
              { to: '/roadmaps/import', label: t('documents.import.pageTitle') },
            ]}
          />
        }
      />
      <ImportPreviewView
        importId={importId}
        renderOrganisationPicker={(props) => <OrganisationPicker {...props} />}
        onCommitted={(roadmap) =>
          void navigate(`/roadmaps/${roadmap.id}`, { state: flashState('documents.import.committed', { title: roadmap.title }) })
        }
      />
    </>
  );
}

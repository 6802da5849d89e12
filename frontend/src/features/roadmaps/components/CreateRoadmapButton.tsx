import { Button } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { flashState } from '@/components/ui/FlashMessage';
import { useRoadmaps } from '../api/roadmaps';
import { LazyRoadmapFormDialog, loadRoadmapFormDialog } from './lazy-roadmap-form';

/**
 * "Новая дорожная карта", where the roadmap list's `permissions.create` allows it: a dialog, then the new draft's
 * items page with a confirmation.
 */
export function CreateRoadmapButton() {
  const { t } = useTranslation();
  const roadmaps = useRoadmaps();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  if (!roadmaps.data?.permissions.create) return null;
  return (
    <>
      <Button
        onPointerEnter={() => void loadRoadmapFormDialog()}
        onFocus={() => void loadRoadmapFormDialog()}
        onClick={() => setOpen(true)}
      >
        {t('roadmaps.create')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <LazyRoadmapFormDialog
            onClose={() => setOpen(false)}
            onSaved={(created) => {
              setOpen(false);
              void navigate(`/roadmaps/${created.id}`, { state: flashState('roadmaps.created', { title: created.title }) });
            }}
          />
        </Suspense>
      )}
    </>
  );
}

import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { flashState } from '@/components/ui/FlashMessage';
import { useRoadmaps } from '../api/roadmaps';
import { RoadmapFormDialog } from './RoadmapFormDialog';

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
      <Button onClick={() => setOpen(true)}>{t('roadmaps.create')}</Button>
      {open && (
        <RoadmapFormDialog
          onClose={() => setOpen(false)}
          onSaved={(created) => {
            setOpen(false);
            void navigate(`/roadmaps/${created.id}`, { state: flashState('roadmaps.created', { title: created.title }) });
          }}
        />
      )}
    </>
  );
}

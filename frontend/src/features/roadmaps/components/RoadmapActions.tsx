import { Alert, Button, Group, Stack } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api/problem';
import type { Roadmap } from '@/lib/api/types';
import { useApproveRoadmap } from '../api/roadmaps';
import { RoadmapArchivedNote } from './RoadmapArchivedNote';
import { LazyRoadmapFormDialog, loadRoadmapFormDialog } from './lazy-roadmap-form';

// The dialogs come after the page, and only for those who may use them: asked for as it renders, they are there by the
// time a button is pressed.
const ApproveRoadmapDialog = lazy(async () => ({ default: (await import('./ApproveRoadmapDialog')).ApproveRoadmapDialog }));
const ArchiveRoadmapDialog = lazy(async () => ({ default: (await import('./ArchiveRoadmapDialog')).ArchiveRoadmapDialog }));

type Outcome = { kind: 'saved' | 'approved' | 'archived' } | { kind: 'error'; message: string };

/**
 * What can be done with a roadmap from its page, each only where the roadmap's `permissions` allow it: add an item,
 * change its title, description and period, approve the draft, archive it. An archived roadmap says that it is frozen.
 */
export function RoadmapActions({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const approve = useApproveRoadmap();
  const [editing, setEditing] = useState(false);
  const [toApprove, setToApprove] = useState<Roadmap | null>(null);
  const [toArchive, setToArchive] = useState<Roadmap | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { permissions } = roadmap;
  const any = permissions.createItems || permissions.edit || permissions.approve || permissions.archive;

  const confirmApprove = (target: Roadmap) => {
    setToApprove(null);
    setOutcome(null);
    approve.mutate(target.id, {
      onSuccess: () => setOutcome({ kind: 'approved' }),
      onError: (error) => setOutcome({ kind: 'error', message: isApiError(error) ? error.message : t('errors.network') }),
    });
  };

  return (
    <Stack gap="xs" mb="md">
      <RoadmapArchivedNote status={roadmap.status} />
      {any && (
        <Group gap="xs" wrap="wrap">
          {permissions.createItems && (
            <Button component={Link} to={`/roadmaps/${roadmap.id}/items/new`} size="sm">
              {t('roadmaps.addItem')}
            </Button>
          )}
          {permissions.edit && (
            <Button
              variant="outline"
              size="sm"
              onPointerEnter={() => void loadRoadmapFormDialog()}
              onFocus={() => void loadRoadmapFormDialog()}
              onClick={() => {
                setOutcome(null);
                setEditing(true);
              }}
            >
              {t('roadmaps.edit')}
            </Button>
          )}
          {permissions.approve && (
            <Button color="green.9" size="sm" loading={approve.isPending} onClick={() => setToApprove(roadmap)}>
              {t('roadmaps.approve')}
            </Button>
          )}
          {permissions.archive && (
            <Button
              variant="outline"
              color="red.9"
              size="sm"
              onClick={() => {
                setOutcome(null);
                setToArchive(roadmap);
              }}
            >
              {t('roadmaps.archive')}
            </Button>
          )}
        </Group>
      )}
      <div aria-live="polite">
        {outcome && outcome.kind !== 'error' && (
          <Alert
            color="green.9"
            variant="light"
            role="status"
            p="xs"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setOutcome(null)}
          >
            {t(`roadmaps.outcome.${outcome.kind}`)}
          </Alert>
        )}
        {outcome?.kind === 'error' && (
          <Alert color="red.9" variant="light" title={t('errors.actionFailed')} role="alert">
            {outcome.message}
          </Alert>
        )}
      </div>
      {editing && (
        <Suspense fallback={null}>
          <LazyRoadmapFormDialog
            roadmap={roadmap}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setOutcome({ kind: 'saved' });
            }}
          />
        </Suspense>
      )}
      <Suspense fallback={null}>
        {permissions.approve && <ApproveRoadmapDialog roadmap={toApprove} onClose={() => setToApprove(null)} onConfirm={confirmApprove} />}
        {permissions.archive && (
          <ArchiveRoadmapDialog
            roadmap={toArchive}
            onClose={() => setToArchive(null)}
            onArchived={() => {
              setToArchive(null);
              setOutcome({ kind: 'archived' });
            }}
          />
        )}
      </Suspense>
    </Stack>
  );
}

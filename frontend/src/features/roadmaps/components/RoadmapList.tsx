import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { isApiError } from '@/lib/api/problem';
import type { Roadmap } from '@/lib/api/types';
import { useApproveRoadmap, useRoadmaps } from '../api/roadmaps';
import { ApproveRoadmapDialog } from './ApproveRoadmapDialog';
import { CopyRoadmapDialog } from './CopyRoadmapDialog';
import { RoadmapCard } from './RoadmapCard';

type Outcome = { kind: 'approved'; roadmap: Roadmap } | { kind: 'error'; message: string };

/** All roadmaps, newest period first, each with the copy and approve actions its `permissions` allow, both confirmed first. */
export function RoadmapList() {
  const { t } = useTranslation();
  const roadmaps = useRoadmaps();
  const approve = useApproveRoadmap();
  const navigate = useNavigate();
  const [toApprove, setToApprove] = useState<Roadmap | null>(null);
  const [toCopy, setToCopy] = useState<Roadmap | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const fail = (error: unknown) => setOutcome({ kind: 'error', message: isApiError(error) ? error.message : t('errors.network') });

  const onCopy = (roadmap: Roadmap) => {
    setOutcome(null);
    setToCopy(roadmap);
  };
  const confirmApprove = (roadmap: Roadmap) => {
    setToApprove(null);
    setOutcome(null);
    approve.mutate(roadmap.id, { onSuccess: (approved) => setOutcome({ kind: 'approved', roadmap: approved }), onError: fail });
  };

  if (roadmaps.isPending) return <LoadingSkeleton rows={2} />;
  if (roadmaps.isError) return <ErrorState error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />;

  const list = [...roadmaps.data.items].sort((a, b) => b.periodStart.localeCompare(a.periodStart) || a.title.localeCompare(b.title));

  return (
    <Stack gap="md">
      <div aria-live="polite">
        {outcome?.kind === 'approved' && (
          <Alert color="green.9" variant="light" title={t('roadmaps.approved')}>
            {outcome.roadmap.title}
          </Alert>
        )}
        {outcome?.kind === 'error' && (
          <Alert color="red.9" variant="light" title={t('errors.actionFailed')} role="alert">
            {outcome.message}
          </Alert>
        )}
      </div>
      {list.length === 0 ? (
        <EmptyResult title={t('roadmaps.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {list.map((roadmap) => (
            <RoadmapCard key={roadmap.id} roadmap={roadmap} actions={{ onCopy, onApprove: setToApprove, busy: approve.isPending }} />
          ))}
        </SimpleGrid>
      )}
      <CopyRoadmapDialog
        roadmap={toCopy}
        onClose={() => setToCopy(null)}
        // The new draft opens at once: its items are what the user came to edit.
        onCopied={(created) => {
          setToCopy(null);
          void navigate(`/roadmaps/${created.id}`);
        }}
      />
      <ApproveRoadmapDialog roadmap={toApprove} onClose={() => setToApprove(null)} onConfirm={confirmApprove} />
    </Stack>
  );
}

import { Button, Group, List, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { ItemStatusBadge, OverdueBadge } from '@/components/ui/StatusBadge';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { isApiError } from '@/lib/api/problem';
import { eagerLazy } from '@/lib/eager-lazy';
import type { ItemOrganisation, RoadmapItem, RoadmapStatus } from '@/lib/api/types';
import { useItem } from '../api/items';
import { DutyOccurrences } from './DutyOccurrences';
import { MeetingsDuty } from './MeetingsDuty';
import { HistoryList } from './HistoryList';
import { DueDateText, OrganisationName } from './ItemParts';
import { ProgressTimeline } from './ProgressTimeline';

// The progress form (its schema library and form state) and the deletion dialog come after the item itself: the
// form's chunk is asked for with this module, so it is there when the item is; the dialog's as the item renders.
const ProgressForm = eagerLazy(async () => (await import('./ProgressForm')).ProgressForm, <LoadingSkeleton rows={4} />);
const DeleteItemDialog = lazy(async () => ({ default: (await import('./DeleteItemDialog')).DeleteItemDialog }));

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.replace(/\s+/g, '-')}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb={6}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Organisations({ organisations }: { organisations: readonly ItemOrganisation[] }) {
  const { t } = useTranslation();
  if (organisations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('common.none')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={4}>
      {organisations.map((organisation) => (
        <List.Item key={organisation.organisationId} style={{ overflowWrap: 'anywhere' }}>
          <OrganisationName organisation={organisation} />
        </List.Item>
      ))}
    </List>
  );
}

/** Why the progress form is absent (the item's permissions say no): the roadmap's state, else who may report. */
export function ProgressUnavailableNote({ roadmapStatus }: { roadmapStatus?: RoadmapStatus }) {
  const { t } = useTranslation();
  const reason =
    roadmapStatus === 'ARCHIVED'
      ? t('roadmaps.archivedNote')
      : roadmapStatus === 'DRAFT'
        ? t('progress.unavailable.draft')
        : t('progress.unavailable.notParticipant');
  return (
    <Text size="sm" c="dimmed" data-testid="progress-unavailable">
      {reason}
    </Text>
  );
}

export interface ItemDetailProps {
  itemId: string;
  /** Content above the heading (the route passes a breadcrumb to the item's roadmap). */
  renderAbove?: (item: RoadmapItem) => ReactNode;
  /** What to show instead of the progress form when the item's permissions do not allow reporting. */
  renderProgressUnavailable?: (item: RoadmapItem) => ReactNode;
  /** What to show in the header when the item's permissions allow neither changing nor deleting it (why not). */
  renderEditUnavailable?: (item: RoadmapItem) => ReactNode;
  /** The item's evidence files (the documents feature), in a tab of their own. */
  renderFiles?: (item: RoadmapItem) => ReactNode;
}

/** One roadmap item: what, by when, who; its progress timeline with the update form, and its history. */
export function ItemDetail({ itemId, renderAbove, renderProgressUnavailable, renderEditUnavailable, renderFiles }: ItemDetailProps) {
  const { t } = useTranslation();
  const item = useItem(itemId);
  const isDesktop = useIsDesktop();
  const [tab, setTab] = useState<string | null>('progress');
  const [deleting, setDeleting] = useState(false);

  if (item.isPending) return <LoadingSkeleton rows={4} />;
  if (item.isError) {
    if (isApiError(item.error) && item.error.status === 404) {
      return <EmptyResult title={t('item.notFound')} action={<AppLink to="/roadmaps">{t('nav.roadmaps')}</AppLink>} />;
    }
    return <ErrorState error={item.error} onRetry={() => void item.refetch()} />;
  }
  const data = item.data;

  return (
    <Stack gap="md">
      <PageHeader
        size={isDesktop ? 'h3' : 'h4'}
        title={t('item.heading', { number: data.number, activity: data.activity })}
        above={renderAbove?.(data)}
        actions={
          data.permissions.edit || data.permissions.delete ? (
            <>
              {data.permissions.edit && (
                <Button component={Link} to={`/items/${data.id}/edit`} size="sm">
                  {t('item.edit')}
                </Button>
              )}
              {data.permissions.delete && (
                <Button variant="outline" color="red.9" size="sm" onClick={() => setDeleting(true)}>
                  {t('item.delete')}
                </Button>
              )}
            </>
          ) : undefined
        }
      >
        <Group gap="sm" wrap="wrap">
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {t('items.status')}:
            </Text>
            <ItemStatusBadge status={data.status} data-testid="item-status" data-status={data.status} />
          </Group>
          <Group gap={6} wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('items.deadline')}:
            </Text>
            <Text size="sm" fw={500}>
              {data.deadline.text}
            </Text>
            <Text size="sm">
              (<DueDateText deadline={data.deadline} />)
            </Text>
            {data.overdue && <OverdueBadge />}
          </Group>
        </Group>
        {!data.permissions.edit && !data.permissions.delete && renderEditUnavailable?.(data)}
      </PageHeader>
      {data.permissions.delete && (
        <Suspense fallback={null}>
          <DeleteItemDialog item={data} opened={deleting} onClose={() => setDeleting(false)} />
        </Suspense>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t('items.responsible')}>
          <Organisations organisations={data.responsible} />
        </Section>
        <Section title={t('items.assisting')}>
          <Organisations organisations={data.assisting} />
        </Section>
        <Section title={t('item.expectedResult')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {data.expectedResult || t('common.none')}
          </Text>
        </Section>
        <Section title={t('item.note')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {data.note || t('common.none')}
          </Text>
        </Section>
      </SimpleGrid>
      <DutyOccurrences item={data} />
      <MeetingsDuty item={data} />

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="progress">{t('item.progressTab')}</Tabs.Tab>
          {renderFiles && <Tabs.Tab value="files">{t('item.filesTab')}</Tabs.Tab>}
          <Tabs.Tab value="history">{t('item.historyTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="progress" pt="md">
          <Stack gap="lg">
            {data.permissions.updateProgress ? (
              <ProgressForm item={data} />
            ) : (
              (renderProgressUnavailable?.(data) ?? <ProgressUnavailableNote />)
            )}
            <ProgressTimeline itemId={data.id} />
          </Stack>
        </Tabs.Panel>
        {renderFiles && (
          <Tabs.Panel value="files" pt="md">
            {renderFiles(data)}
          </Tabs.Panel>
        )}
        <Tabs.Panel value="history" pt="md">
          <HistoryList itemId={data.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppLink } from '@/components/ui/AppLink';
import { RoadmapStatusBadge } from '@/components/ui/StatusBadge';
import { useFormat } from '@/i18n/use-format';
import type { Roadmap } from '@/lib/api/types';

/** What to do on copy and approve; whether they are offered is the roadmap's own `permissions`. */
export interface RoadmapCardActions {
  onCopy: (roadmap: Roadmap) => void;
  onApprove: (roadmap: Roadmap) => void;
  busy: boolean;
}

export function RoadmapCard({ roadmap, actions }: { roadmap: Roadmap; actions: RoadmapCardActions }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `roadmap-${roadmap.id}-title`;

  return (
    <Card component="article" withBorder radius="md" padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            <AppLink to={`/roadmaps/${roadmap.id}`} inherit>
              {roadmap.title}
            </AppLink>
          </Title>
          <RoadmapStatusBadge status={roadmap.status} />
        </Group>
        <Text size="sm">
          {t('roadmaps.period')}: {format.period(roadmap.periodStart, roadmap.periodEnd)}
          {' · '}
          {t('roadmaps.itemCount', { count: Number(roadmap.itemCount ?? 0), formatted: format.number(Number(roadmap.itemCount ?? 0)) })}
        </Text>
        {roadmap.description && (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {roadmap.description}
          </Text>
        )}
        <Group gap="xs" mt="xs">
          <Button component={Link} to={`/roadmaps/${roadmap.id}`} size="xs" variant="light" color="blue.8">
            {t('roadmaps.openItems')}
          </Button>
          <Button component={Link} to={`/roadmaps/${roadmap.id}/dashboard`} size="xs" variant="light" color="blue.8">
            {t('roadmaps.openDashboard')}
          </Button>
          {roadmap.permissions.copy && (
            <Button
              size="xs"
              variant="outline"
              disabled={actions.busy}
              onClick={() => actions.onCopy(roadmap)}
              aria-label={t('roadmaps.copyLabel', { title: roadmap.title })}
            >
              {t('roadmaps.copy')}
            </Button>
          )}
          {roadmap.permissions.approve && (
            <Button
              size="xs"
              color="green.9"
              disabled={actions.busy}
              onClick={() => actions.onApprove(roadmap)}
              aria-label={t('roadmaps.approveLabel', { title: roadmap.title })}
            >
              {t('roadmaps.approve')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

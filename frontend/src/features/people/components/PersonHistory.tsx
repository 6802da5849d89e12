import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangeList } from '@/components/ui/ChangeList';
import { LoadingSkeleton } from '@/components/ui/QueryStates';
import { useFormat } from '@/i18n/use-format';
import { usePersonHistory } from '../api/people';

/** The person's own history (who changed what, newest first); hidden when the caller may not read it. */
export function PersonHistory({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const history = usePersonHistory(personId);
  if (history.isError) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="person-history">
      <Title order={2} size="h5" id="person-history" mb="xs">
        {t('people.history')}
      </Title>
      {history.isPending ? (
        <LoadingSkeleton rows={2} />
      ) : history.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('people.history')}>
          {history.data.items.map((entry) => {
            const actionKey = `audit.actions.${entry.action}`;
            return (
              <li key={entry.id}>
                <Text size="sm" fw={500}>
                  {i18n.exists(actionKey) ? t(actionKey) : entry.action}
                </Text>
                <Text size="xs" c="dimmed">
                  {format.dateTime(entry.occurredAt)} · {entry.actor.name || t('history.system')}
                </Text>
                <ChangeList changes={entry.changes} />
              </li>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}

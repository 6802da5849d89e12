import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangeList } from '@/components/ui/ChangeList';
import { LoadingSkeleton } from '@/components/ui/QueryStates';
import { useFormat } from '@/i18n/use-format';
import type { Body, HistoryEntry } from '@/lib/api/types';
import { useBodyHistory } from '../api/bodies';

/** Fields that name what the heading already names (the member's person and organisation, as ids). */
const HIDDEN_FIELDS = new Set(['personId', 'organisationId']);

function heading(entry: HistoryEntry, body: Body, t: (key: string) => string, exists: (key: string) => boolean): string {
  const member = entry.subjectType === 'BODY_MEMBER' ? body.members.find((m) => m.id === entry.subjectId) : undefined;
  const key = `bodies.historyAction.${entry.subjectType === 'BODY_MEMBER' ? 'MEMBER_' : ''}${entry.action}`;
  const action = exists(key) ? t(key) : entry.action;
  return member ? `${action}: ${member.personName}` : action;
}

/** Who changed the body and its members, and what, newest first. Hidden when it cannot be read. */
export function BodyHistory({ body }: { body: Body }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const history = useBodyHistory(body.id);
  if (history.isError) return null;
  const describe = (field: string, raw: string) => {
    if (field === 'role' && i18n.exists(`bodies.role.${raw}`)) return t(`bodies.role.${raw}`);
    if (field === 'kind' && i18n.exists(`bodies.kind.${raw}`)) return t(`bodies.kind.${raw}`);
    if ((field === 'from' || field === 'to') && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return format.date(raw);
    return undefined;
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="body-history">
      <Title order={2} size="h5" id="body-history" mb="xs">
        {t('bodies.history')}
      </Title>
      {history.isPending ? (
        <LoadingSkeleton rows={2} />
      ) : history.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('bodies.history')}>
          {history.data.items.map((entry) => (
            <li key={entry.id}>
              <Text size="sm" fw={500}>
                {heading(entry, body, t, (key) => i18n.exists(key))}
              </Text>
              <Text size="xs" c="dimmed">
                {format.dateTime(entry.occurredAt)} · {entry.actor.name || t('history.system')}
              </Text>
              <ChangeList changes={entry.changes} labels="bodies.fields" hidden={HIDDEN_FIELDS} describe={describe} />
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import type { SaveState } from '../hooks/use-report-draft';

/**
 * Where the typed values are: saved, about to be, on this device only (no connection), or in conflict with a version
 * saved elsewhere. Announced politely to screen readers.
 */
export function SaveStatus({
  state,
  restored,
  onKeepMine,
  onTakeTheirs,
}: {
  state: SaveState;
  restored: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const time = (date: Date) => format.dateTime(date.toISOString()).split(', ').pop() ?? '';
  return (
    <div role="status" aria-live="polite" data-testid="save-status" data-state={state.kind}>
      {state.kind === 'conflict' ? (
        <Alert color="orange.9" variant="light" title={t('reports.save.conflictTitle')}>
          <Text size="sm">{t('reports.save.conflictText')}</Text>
          <Group gap="xs" mt="xs" wrap="wrap">
            <Button size="sm" onClick={onKeepMine} className="karta-wrap-button">
              {t('reports.save.keepMine')}
            </Button>
            <Button size="sm" variant="default" onClick={onTakeTheirs} className="karta-wrap-button">
              {t('reports.save.takeTheirs')}
            </Button>
          </Group>
        </Alert>
      ) : state.kind === 'offline' ? (
        <Alert color="orange.9" variant="light" p="xs">
          {t('reports.save.offline')}
        </Alert>
      ) : state.kind === 'refused' ? (
        <Alert color="red.9" variant="light" p="xs">
          {t('reports.save.refused', { message: state.message })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {state.kind === 'saving'
            ? t('reports.save.saving')
            : state.kind === 'pending'
              ? t('reports.save.pending')
              : state.at
                ? t('reports.save.savedAt', { time: time(state.at) })
                : t('reports.save.saved')}
        </Text>
      )}
      {restored && state.kind !== 'conflict' && (
        <Text size="sm" mt={4}>
          {t('reports.save.restored')}
        </Text>
      )}
    </div>
  );
}

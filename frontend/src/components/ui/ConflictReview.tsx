import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One field that changed since the record was loaded: its value then, now on the server, and in the form. */
export interface ConflictRow {
  key: string;
  label: string;
  loaded: ReactNode;
  theirs: ReactNode;
  mine: ReactNode;
  changedByMe: boolean;
  changedByThem: boolean;
  /** Both changed it, to different values. */
  conflict: boolean;
}

/** Long labels wrap on a phone instead of running out of the screen. */

function Value({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <div>
      <Text span size="sm" c="dimmed">
        {label}:{' '}
      </Text>
      <Text span size="sm" fw={strong ? 600 : undefined} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/**
 * A write refused because someone else changed the record after it was loaded: field by field, what the other
 * person changed (their value now against the value loaded) and what I changed, and the two ways on: apply my
 * changes to the new version, or drop them and take the current record.
 */
export function ConflictReview({
  title,
  rows,
  onReapply,
  onDiscard,
  busy = false,
}: {
  title: string;
  rows: readonly ConflictRow[];
  onReapply: () => void;
  onDiscard: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const mineCount = rows.filter((row) => row.changedByMe).length;
  return (
    <Alert
      color="orange.9"
      variant="light"
      component="section"
      role="region"
      aria-labelledby={titleId}
      title={<span id={titleId}>{title}</span>}
    >
      <Stack gap="sm">
        <Text size="sm">{t('conflict.intro')}</Text>
        {rows.map((row) => (
          <Paper key={row.key} withBorder radius="sm" p="xs" role="group" aria-label={row.label} bg="white">
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={700}>
                  {row.label}
                </Text>
                <Text size="sm" c="dimmed">
                  {row.conflict
                    ? t('conflict.changedByBoth')
                    : row.changedByThem && row.changedByMe
                      ? t('conflict.changedSame')
                      : row.changedByThem
                        ? t('conflict.changedByThem')
                        : t('conflict.changedByMe')}
                </Text>
              </Group>
              <Value label={t('conflict.loaded')}>{row.loaded}</Value>
              {row.changedByThem && (
                <Value label={t('conflict.theirs')} strong>
                  {row.theirs}
                </Value>
              )}
              {row.changedByMe && (
                <Value label={t('conflict.mine')} strong>
                  {row.mine}
                </Value>
              )}
            </Stack>
          </Paper>
        ))}
        <Text size="sm">{mineCount > 0 ? t('conflict.choices') : t('conflict.nothingOfMine')}</Text>
        <Group gap="xs" wrap="wrap">
          {mineCount > 0 && (
            <Button onClick={onReapply} loading={busy} className="karta-wrap-button">
              {t('conflict.reapply')}
            </Button>
          )}
          <Button variant="default" onClick={onDiscard} disabled={busy} className="karta-wrap-button">
            {t('conflict.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

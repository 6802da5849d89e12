import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Change } from '@/lib/api/types';

/** The changes of an audit entry, one a line: «поле: было → стало» (a known field by its label, else its name). */
export function ChangeList({ changes }: { changes: readonly Change[] }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return null;
  const empty = t('history.emptyValue');
  return (
    <List size="sm" spacing={2} listStyleType="none" p={0} m={0}>
      {changes.map((change, index) => {
        const key = `audit.fields.${change.field}`;
        const label = i18n.exists(key) ? t(key) : change.field;
        return (
          <List.Item key={`${change.field}-${index}`} style={{ overflowWrap: 'anywhere' }}>
            <Text span size="sm" fw={500}>
              {label}:
            </Text>{' '}
            {t('history.change', { from: change.from || empty, to: change.to || empty })}
          </List.Item>
        );
      })}
    </List>
  );
}

import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Change } from '@/lib/api/types';

interface ChangeListProps {
  changes: readonly Change[];
  /** Where the field labels are (default `audit.fields`); a field without a label there shows its name. */
  labels?: string;
  /** Fields not to show (ids the heading already names in words). */
  hidden?: ReadonlySet<string>;
  /** A value in the feature's words, or undefined for the common ones. */
  describe?: (field: string, raw: string) => string | undefined;
}

/** The changes of an audit entry, one a line: «поле: было → стало» (a known field by its label, else its name). */
export function ChangeList({ changes, labels = 'audit.fields', hidden, describe }: ChangeListProps) {
  const { t, i18n } = useTranslation();
  const shown = hidden ? changes.filter((change) => !hidden.has(change.field)) : changes;
  if (shown.length === 0) return null;
  const empty = t('history.emptyValue');
  /** A value in words where Karta has them (an account's state, an item's status), else as recorded. */
  const value = (field: string, raw: string | null | undefined) => {
    if (!raw) return empty;
    const described = describe?.(field, raw);
    if (described !== undefined) return described;
    if (field === 'accountState' && i18n.exists(`people.accountState.${raw}`)) return t(`people.accountState.${raw}`);
    if (field === 'status' && i18n.exists(`status.item.${raw}`)) return t(`status.item.${raw}`);
    return raw;
  };
  return (
    <List size="sm" spacing={2} listStyleType="none" p={0} m={0}>
      {shown.map((change, index) => {
        const key = `${labels}.${change.field}`;
        const label = i18n.exists(key) ? t(key) : change.field;
        return (
          <List.Item key={`${change.field}-${index}`} style={{ overflowWrap: 'anywhere' }}>
            <Text span size="sm" fw={500}>
              {label}:
            </Text>{' '}
            {t('history.change', { from: value(change.field, change.from), to: value(change.field, change.to) })}
          </List.Item>
        );
      })}
    </List>
  );
}

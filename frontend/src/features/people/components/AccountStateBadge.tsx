import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BADGE_NEVER_CUT } from '@/components/ui/StatusBadge';
import type { AccountState } from '@/lib/api/types';

// Filled badges in dark shades: white text on them keeps a contrast of at least 4.5:1.
const colors: Record<AccountState, string> = {
  NONE: 'gray.7',
  INVITED: 'blue.8',
  ACTIVE: 'green.9',
  DISABLED: 'red.9',
};

export function AccountStateBadge({ state }: { state: AccountState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} variant="filled" tt="none" styles={BADGE_NEVER_CUT}>
      {t(`people.accountState.${state}`)}
    </Badge>
  );
}

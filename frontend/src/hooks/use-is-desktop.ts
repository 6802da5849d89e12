import { em, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** True from the md breakpoint (62em) up: tables there, cards on phones. Read synchronously, no flash. */
export function useIsDesktop(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(min-width: ${theme.breakpoints.md ?? em(992)})`, false, { getInitialValueInEffect: false }) ?? false;
}

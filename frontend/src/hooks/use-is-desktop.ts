import { em, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** True from the md breakpoint (62em) up: tables there, cards on phones. Read synchronously, no flash. */
export function useIsDesktop(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(min-width: ${theme.breakpoints.md ?? em(992)})`, false, { getInitialValueInEffect: false }) ?? false;
}

/**
 * True below the sm breakpoint (48em): a phone, where filters fold away behind a button and headers are compact.
 * Read synchronously, no flash.
 */
export function useIsPhone(): boolean {
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm ?? em(768)})`, false, { getInitialValueInEffect: false }) ?? false;
  return !wide;
}

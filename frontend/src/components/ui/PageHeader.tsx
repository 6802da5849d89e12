import { Group, Stack, Title, type TitleProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  above?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** Visual size of the h1 (long titles such as an item's activity use a smaller one). */
  size?: TitleProps['size'];
}

/** The page's one h1, with optional content above (breadcrumbs) and actions beside it. */
export function PageHeader({ title, above, actions, children, size = 'h2' }: PageHeaderProps) {
  return (
    <Stack gap="xs" mb="md">
      {above}
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Title order={1} size={size} style={{ overflowWrap: 'anywhere', flex: '1 1 16rem' }}>
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Stack>
  );
}

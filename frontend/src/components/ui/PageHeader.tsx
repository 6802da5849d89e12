import { Group, Stack, Title, type TitleProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  above?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** Visual size of the h1 (long titles such as an item's activity use a smaller one). */
  size?: TitleProps['size'];
  /** Clamps the h1 to this many lines (a long title on a phone); the whole text stays in its title attribute. */
  lineClamp?: number;
  /** The h1's id (for a control that expands a clamped title). */
  titleId?: string;
}

/** The page's one h1, with optional content above (breadcrumbs) and actions beside it. */
export function PageHeader({ title, above, actions, children, size = 'h2', lineClamp, titleId }: PageHeaderProps) {
  return (
    <Stack gap="xs" mb="md">
      {above}
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Title
          order={1}
          id={titleId}
          size={size}
          lineClamp={lineClamp}
          title={lineClamp && typeof title === 'string' ? title : undefined}
          style={{ overflowWrap: 'anywhere', flex: '1 1 16rem' }}
        >
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Stack>
  );
}

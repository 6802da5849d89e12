import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A router link styled as a Mantine anchor. */
export function AppLink({ to, children, ...props }: { to: string; children: ReactNode } & AnchorProps) {
  return (
    <Anchor component={Link} to={to} {...props}>
      {children}
    </Anchor>
  );
}

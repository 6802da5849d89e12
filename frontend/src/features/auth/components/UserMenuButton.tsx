import { Avatar, Button, Text, UnstyledButton } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsDesktop } from '@/hooks/use-is-desktop';
import { useMe } from '../api/get-me';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** The button that opens the user menu: the name on a desktop, the initials on a phone. Takes the menu's props. */
export const UserMenuButton = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'>>(function UserMenuButton(
  { className, style, ...props },
  ref,
) {
  const { t } = useTranslation();
  const me = useMe();
  const isDesktop = useIsDesktop();
  const name = me.data?.name || me.data?.username || '';
  return isDesktop ? (
    <Button ref={ref} variant="subtle" color="gray.9" aria-label={t('user.menu', { name })} {...props} className={className} style={style}>
      <Text size="sm" fw={500} truncate maw={200}>
        {name || t('user.anonymous')}
      </Text>
    </Button>
  ) : (
    <UnstyledButton
      ref={ref}
      aria-label={t('user.menuWithInitials', { name, initials: initials(name) || '?' })}
      {...props}
      // the menu's target passes its own class and style: ours are kept beside them (44 px to tap on a phone)
      className={['karta-tap-target', className].filter(Boolean).join(' ')}
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', ...(typeof style === 'object' ? style : {}) }}
    >
      <Avatar radius="xl" size={36} color="blue.8" variant="filled">
        {initials(name) || '?'}
      </Avatar>
    </UnstyledButton>
  );
});

import { Avatar, Button, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/lib/auth/session';
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

/** The user's name and organisation, a link to that organisation's page and to their items, and the logout button. Escape closes it. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const isDesktop = useIsDesktop();
  const name = me.data?.name || me.data?.username || '';
  const roles = (me.data?.roles ?? [])
    .filter((role) => i18n.exists(`roles.${role}`))
    .map((role) => t(`roles.${role}`))
    .join(', ');

  return (
    // No focus placeholder in the menu: a focusable element without a role there breaks the menu's ARIA structure.
    <Menu position="bottom-end" width={260} withinPortal closeOnEscape returnFocus withInitialFocusPlaceholder={false}>
      <Menu.Target>
        {isDesktop ? (
          <Button variant="subtle" color="gray.9" aria-label={t('user.menu', { name })}>
            <Text size="sm" fw={500} truncate maw={200}>
              {name || t('user.anonymous')}
            </Text>
          </Button>
        ) : (
          <UnstyledButton
            aria-label={t('user.menuWithInitials', { name, initials: initials(name) || '?' })}
            className="karta-tap-target"
            style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}
          >
            <Avatar radius="xl" size={36} color="blue.8" variant="filled">
              {initials(name) || '?'}
            </Avatar>
          </UnstyledButton>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.data?.organisationName ?? t('user.noOrganisation')}
          </Text>
          {roles && (
            <Text size="xs" c="dimmed">
              {roles}
            </Text>
          )}
        </Menu.Label>
        <Menu.Divider />
        {me.data?.organisationId && (
          <Menu.Item component={Link} to={`/organisations/${me.data.organisationId}`}>
            {t('user.myOrganisation')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/my-items">
          {t('user.myItems')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red.9" onClick={() => void auth.logout()}>
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Menu, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/lib/auth/session';
import { useMe } from '../api/get-me';
import { UserMenuButton } from './UserMenuButton';

export interface UserMenuPopupProps {
  /** Open at once: the user clicked the button before this module had loaded. */
  defaultOpened?: boolean;
  /** Take the focus: the button it replaces had it. */
  focus?: boolean;
}

/**
 * The user's name and organisation, a link to that organisation's page and to their items, and the logout button.
 * Escape closes it. Loaded after the first screen (Mantine's Menu brings Floating UI): {@link UserMenu} shows the
 * same button meanwhile.
 */
export function UserMenuPopup({ defaultOpened = false, focus = false }: UserMenuPopupProps) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus && !defaultOpened) button.current?.focus();
  }, [focus, defaultOpened]);
  const name = me.data?.name || me.data?.username || '';
  const roles = (me.data?.roles ?? [])
    .filter((role) => i18n.exists(`roles.${role}`))
    .map((role) => t(`roles.${role}`))
    .join(', ');

  return (
    // No focus placeholder in the menu: a focusable element without a role there breaks the menu's ARIA structure.
    <Menu
      position="bottom-end"
      width={260}
      withinPortal
      closeOnEscape
      returnFocus
      withInitialFocusPlaceholder={false}
      defaultOpened={defaultOpened}
    >
      <Menu.Target>
        <UserMenuButton ref={button} />
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

import { Anchor, AppShell, Burger, Group, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useWindowEvent } from '@mantine/hooks';
import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { FlashMessage } from '@/components/ui/FlashMessage';
import { LoadingSkeleton } from '@/components/ui/QueryStates';
import { UserMenu, useMe } from '@/features/auth';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import type { Me } from '@/lib/api/types';
import { access } from '../routes/access';
import { LanguageSwitch } from './LanguageSwitch';

interface NavEntry {
  to: string;
  key: string;
  /** Path prefixes where the entry is the current one. */
  match: readonly string[];
  /** Paths that start with a prefix but belong to another entry. */
  except?: readonly string[];
}

/** The menu for the user: everyone's entries, then «Моя организация», the service accounts and the audit log by role. */
function navigation(me: Me | undefined): NavEntry[] {
  const own = me?.organisationId ? `/organisations/${me.organisationId}` : null;
  return [
    { to: '/my-items', key: 'nav.myItems', match: ['/my-items'] },
    { to: '/roadmaps', key: 'nav.roadmaps', match: ['/roadmaps', '/items'] },
    { to: '/reports', key: 'nav.reports', match: ['/reports'] },
    { to: '/meetings', key: 'nav.meetings', match: ['/meetings'] },
    { to: '/bodies', key: 'nav.bodies', match: ['/bodies'] },
    { to: '/organisations', key: 'nav.organisations', match: ['/organisations'], ...(own ? { except: [own] } : {}) },
    { to: '/people', key: 'nav.people', match: ['/people'] },
    ...(own ? [{ to: own, key: 'nav.myOrganisation', match: [own] }] : []),
    ...(access.serviceAccounts(me) ? [{ to: '/service-accounts', key: 'nav.serviceAccounts', match: ['/service-accounts'] }] : []),
    ...(access.auditLog(me) ? [{ to: '/audit', key: 'nav.audit', match: ['/audit'] }] : []),
  ];
}

function isCurrent(entry: NavEntry, pathname: string): boolean {
  return entry.match.some((prefix) => pathname.startsWith(prefix)) && !(entry.except ?? []).some((prefix) => pathname.startsWith(prefix));
}

/** Header with the product name, language switch and user menu; navigation on the side (a drawer on phones). */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const burger = useRef<HTMLButtonElement>(null);
  const me = useMe();
  // Escape closes the navigation drawer and gives the focus back to the button that opened it.
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape' && opened) {
      close();
      burger.current?.focus();
    }
  });

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', md: 'lg' }}
    >
      <Anchor href="#main" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              ref={burger}
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Anchor component={Link} to="/" underline="never" c="inherit" onClick={close}>
              <Text fw={800} fz="xl" c="blue.8" component="span">
                {t('app.name')}
              </Text>
              <VisuallyHidden>{t('app.home')}</VisuallyHidden>
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="app-navigation" aria-label={t('app.navigation')}>
        {navigation(me.data).map((entry) => (
          <NavLink
            key={entry.to}
            component={Link}
            to={entry.to}
            label={t(entry.key)}
            active={isCurrent(entry, pathname)}
            aria-current={isCurrent(entry, pathname) ? 'page' : undefined}
            onClick={close}
            variant="light"
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none', minWidth: 0 }}>
        <FlashMessage />
        <Suspense fallback={<LoadingSkeleton rows={4} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

const TABS = [
  { to: '/reports', key: 'list' },
  { to: '/reports/completeness', key: 'completeness' },
  { to: '/reports/summary', key: 'summary' },
] as const;

/** The three views of the quarterly reports, as links; the current one is marked for screen readers too. */
export function ReportsTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label={t('reports.tabs.label')} gap="xs" wrap="wrap" mb="md">
      {TABS.map((tab) => {
        const current = pathname === tab.to;
        return (
          <Button
            key={tab.key}
            component={Link}
            to={tab.to}
            size="sm"
            variant={current ? 'filled' : 'default'}
            aria-current={current ? 'page' : undefined}
          >
            {t(`reports.tabs.${tab.key}`)}
          </Button>
        );
      })}
    </Group>
  );
}

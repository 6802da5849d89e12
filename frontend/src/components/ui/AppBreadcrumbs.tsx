import { Anchor, Box, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way back up: links to the pages above this one, in a labelled navigation landmark. Long titles wrap. */
export function AppBreadcrumbs({ items }: { items: ReadonlyArray<{ to: string; label: string }> }) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('common.breadcrumbs')} fz="sm" style={{ overflowWrap: 'anywhere' }}>
      {items.map((item, index) => (
        <Fragment key={item.to}>
          {index > 0 && (
            <Text span c="dimmed" mx={6} aria-hidden>
              /
            </Text>
          )}
          <Anchor component={Link} to={item.to} size="sm">
            {item.label}
          </Anchor>
        </Fragment>
      ))}
    </Box>
  );
}

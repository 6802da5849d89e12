import { Alert, Button, Code, Container, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundRoute } from './NotFoundRoute';

/** The error boundary of every route: a crash in a page shows this instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Container size="sm" py="xl">
      <Alert
        color="red.9"
        variant="light"
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('errors.crashTitle')}</h1>}
        role="alert"
      >
        <Stack gap="sm">
          {t('errors.crashDescription')}
          <Code block>{message}</Code>
          <Group>
            <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
            <Button component={Link} to="/" variant="default">
              {t('notFound.home')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Container>
  );
}

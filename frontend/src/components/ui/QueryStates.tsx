import { Alert, Button, EmptyState, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';

/** An error from a query: the server's problem detail when there is one, and a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = isApiError(error) ? (error.problem?.detail ?? t('errors.httpStatus', { status: error.status })) : t('errors.network');
  return (
    <Alert color="red.9" variant="light" title={t('errors.loadFailed')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{detail}</Text>
        {onRetry && (
          <Button variant="outline" color="red.9" size="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Grey placeholders while a list or a page loads; announced once to screen readers. */
export function LoadingSkeleton({ rows = 4, label }: { rows?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-label={label ?? t('common.loading')} aria-busy="true">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={56} radius="sm" />
      ))}
    </Stack>
  );
}

export function EmptyResult({ title, description, action }: { title: string; description?: string; action?: ReactNode }) {
  return (
    <EmptyState title={title} description={description} py="xl" role="status">
      {action}
    </EmptyState>
  );
}

/** In place of a page title that is still loading: a grey bar, read as "Загрузка…" (never the bare word on screen). */
export function LoadingTitle() {
  const { t } = useTranslation();
  return (
    <>
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Skeleton height="1.3em" width="min(28rem, 80%)" radius="sm" aria-hidden data-testid="loading-title" />
    </>
  );
}

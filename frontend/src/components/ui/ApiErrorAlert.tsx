import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';

/**
 * A failed action, in words: the problem's `detail` (and its field errors that no form field shows), "someone
 * changed it meanwhile" for a stale version, and for a 503 that the sign-in server is unavailable and nothing changed.
 */
export function ApiErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  let heading = title ?? t('errors.actionFailed');
  let detail: string;
  if (!isApiError(error)) {
    detail = t('errors.network');
  } else if (error.status === 503) {
    heading = t('errors.signInUnavailableTitle');
    detail = t('errors.signInUnavailable');
  } else if (error.status === 412) {
    detail = t('errors.changedMeanwhile');
  } else {
    const fields = (error.problem?.errors ?? []).map((e) => e.message).filter((m) => m && m !== error.problem?.detail);
    detail = [error.problem?.detail ?? error.problem?.title ?? t('errors.httpStatus', { status: error.status }), ...fields].join(' ');
  }
  return (
    <Alert color="red.9" variant="light" title={heading} role="alert">
      <Text size="sm">{detail}</Text>
    </Alert>
  );
}

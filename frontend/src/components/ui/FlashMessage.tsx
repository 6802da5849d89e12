import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** A confirmation that travels with a navigation (router state): an i18n key and its values. */
export interface Flash {
  key: string;
  values?: Record<string, string | number>;
}

/** The router state that shows `flash` on the page navigated to: `navigate(to, { state: flashState(...) })`. */
export function flashState(key: string, values?: Flash['values']): { flash: Flash } {
  return { flash: { key, ...(values ? { values } : {}) } };
}

function flashOf(state: unknown): Flash | undefined {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return undefined;
  const flash = (state as { flash: unknown }).flash;
  return typeof flash === 'object' && flash !== null && typeof (flash as Flash).key === 'string' ? (flash as Flash) : undefined;
}

/**
 * The success message of the action that led here ("Дорожная карта создана"), at the top of the page until closed
 * or the next navigation. A pale green box (the theme's light variant keeps its text at 4.5:1), announced politely.
 */
export function FlashMessage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [closed, setClosed] = useState<string | null>(null);
  const flash = flashOf(location.state);
  if (!flash || closed === location.key) return null;
  return (
    <Alert
      color="green.9"
      variant="light"
      role="status"
      mb="md"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={() => setClosed(location.key)}
      data-testid="flash-message"
    >
      {t(flash.key, flash.values)}
    </Alert>
  );
}

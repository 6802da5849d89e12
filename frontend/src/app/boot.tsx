import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '../styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { RuntimeConfig } from '@/config/runtime-config';
import type { Language } from '@/i18n/format';
import { createI18n, currentLanguage, type Messages } from '@/i18n/i18n';
import { createApiClient } from '@/lib/api/client';
import type { AuthSession } from '@/lib/auth/session';
import { App } from './App';
import { createQueryClient } from './provider';

export interface BootOptions {
  language: Language;
  messages: Messages;
  config: RuntimeConfig;
  auth: AuthSession;
}

/**
 * The app itself: React, Mantine, the router and the screens, with their styles. main.tsx loads this module only
 * for someone who is (or is about to be) signed in; a visitor who is not is sent to Keycloak's sign-in page first.
 */
export function boot(container: HTMLElement, { language, messages, config, auth }: BootOptions): void {
  const i18n = createI18n(language, { [language]: messages });
  const api = createApiClient({
    baseUrl: config.apiBaseUrl,
    getToken: () => auth.getToken(),
    getLanguage: () => currentLanguage(i18n),
  });
  createRoot(container).render(
    <StrictMode>
      <App api={api} auth={auth} i18n={i18n} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}

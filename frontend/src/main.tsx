import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/provider';
import { loadRuntimeConfig } from './config/runtime-config';
import { createI18n, currentLanguage, storedLanguage } from './i18n/i18n';
import { createApiClient } from './lib/api/client';
import { startKeycloakSession } from './lib/auth/keycloak';
import { showStartupError, showStartupLoading } from './app/startup';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

const i18n = createI18n(storedLanguage());

async function start() {
  showStartupLoading(container!, i18n);
  const config = await loadRuntimeConfig();
  const auth = await startKeycloakSession(config);
  const api = createApiClient({ baseUrl: config.apiBaseUrl, getToken: () => auth.getToken(), getLanguage: () => currentLanguage(i18n) });
  createRoot(container!).render(
    <StrictMode>
      <App api={api} auth={auth} i18n={i18n} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => showStartupError(container, i18n, error));

import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/provider';
import { loadRuntimeConfig } from './config/runtime-config';
import { createI18n, currentLanguage, loadMessages, storedLanguage } from './i18n/i18n';
import { createApiClient } from './lib/api/client';
import { startKeycloakSession } from './lib/auth/keycloak';
import { showStartupError, showStartupLoading } from './app/startup';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

const language = storedLanguage();
let i18n: ReturnType<typeof createI18n> | null = null;

async function start() {
  // Only the language the page shows is downloaded, alongside the settings.
  const [messages, config] = await Promise.all([loadMessages(language), loadRuntimeConfig()]);
  const i18nReady = createI18n(language, { [language]: messages });
  i18n = i18nReady;
  showStartupLoading(container!, i18nReady);
  const auth = await startKeycloakSession(config);
  const api = createApiClient({
    baseUrl: config.apiBaseUrl,
    getToken: () => auth.getToken(),
    getLanguage: () => currentLanguage(i18nReady),
  });
  createRoot(container!).render(
    <StrictMode>
      <App api={api} auth={auth} i18n={i18nReady} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => showStartupError(container, i18n, error));

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
import { LoginUnavailableError, startKeycloakSession } from './lib/auth/keycloak';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

const i18n = createI18n(storedLanguage());

function showStartupError(error: unknown) {
  // Plain DOM: React and the providers may be what failed to start.
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'startup-error';
  const title = document.createElement('h1');
  const detail = document.createElement('p');
  if (error instanceof LoginUnavailableError) {
    title.textContent = i18n.t('errors.loginUnavailableTitle');
    detail.textContent = i18n.t('errors.loginUnavailableDescription', { url: error.keycloakUrl });
  } else {
    title.textContent = i18n.t('errors.startupTitle');
    detail.textContent = `${i18n.t('errors.startupDescription')} (${error instanceof Error ? error.message : String(error)})`;
  }
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = i18n.t('errors.reload');
  retry.addEventListener('click', () => window.location.reload());
  box.append(title, detail, retry);
  container?.replaceChildren(box);
}

async function start() {
  const config = await loadRuntimeConfig();
  const auth = await startKeycloakSession(config);
  const api = createApiClient({ baseUrl: config.apiBaseUrl, getToken: () => auth.getToken(), getLanguage: () => currentLanguage(i18n) });
  createRoot(container!).render(
    <StrictMode>
      <App api={api} auth={auth} i18n={i18n} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}

start().catch(showStartupError);

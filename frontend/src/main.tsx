import { loadRuntimeConfig } from './config/runtime-config';
import { loadMessages, storedLanguage, type Messages } from './i18n/messages';
import { SESSION_STORAGE_KEY, startKeycloakSession } from './lib/auth/keycloak';
import { showStartupError, showStartupLoading } from './app/startup';

/*
 * The page's entry: the settings, the language's messages and the sign-in (keycloak-js), nothing of the app itself.
 * A visitor who is not signed in goes on to Keycloak's sign-in page without downloading the app; whoever is signed
 * in (a session kept by this tab) or coming back from the sign-in page gets the app downloaded alongside.
 */

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

const language = storedLanguage();
let messages: Messages | null = null;

/** Whether this page load will show the app rather than leave for Keycloak's sign-in page. */
function signedInOrReturning(): boolean {
  let stored = false;
  try {
    stored = window.sessionStorage.getItem(SESSION_STORAGE_KEY) !== null;
  } catch {
    // no storage: a sign-in round trip follows
  }
  // keycloak-js brings the authorization code back in the fragment
  return stored || /[#&?]code=/.test(window.location.hash);
}

const loadApp = () => import('./app/boot');

async function start() {
  const early = signedInOrReturning() ? loadApp() : undefined;
  // an early download that fails is reported by the await below, not as an unhandled rejection
  early?.catch(() => undefined);
  const [loaded, config] = await Promise.all([loadMessages(language), loadRuntimeConfig()]);
  messages = loaded;
  showStartupLoading(container!, loaded);
  const auth = await startKeycloakSession(config);
  const { boot } = await (early ?? loadApp());
  boot(container!, { language, messages: loaded, config, auth });
}

start().catch((error: unknown) => showStartupError(container, messages, error));

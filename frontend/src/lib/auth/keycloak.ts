import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/config/runtime-config';
import type { AuthSession } from './session';

/** Seconds of validity a token must have left before a call; otherwise it is refreshed first. */
const MIN_VALIDITY_SECONDS = 30;

/** Where the tab keeps its tokens between page loads (sessionStorage: this tab only, gone when it closes). */
export const SESSION_STORAGE_KEY = 'karta.session';

interface StoredSession {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  token: string;
  refreshToken: string;
  idToken?: string;
}

type KeycloakFactory = (config: RuntimeConfig) => Keycloak;

const createKeycloak: KeycloakFactory = (config) =>
  new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });

function readStored(storage: Storage, config: RuntimeConfig): StoredSession | undefined {
  try {
    const raw = storage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as Partial<StoredSession>;
    const sameProvider = stored.keycloakUrl === config.keycloakUrl && stored.realm === config.realm && stored.clientId === config.clientId;
    return sameProvider && typeof stored.token === 'string' && typeof stored.refreshToken === 'string'
      ? (stored as StoredSession)
      : undefined;
  } catch {
    return undefined;
  }
}

function store(storage: Storage, config: RuntimeConfig, keycloak: Keycloak): void {
  if (!keycloak.token || !keycloak.refreshToken) return;
  const session: StoredSession = {
    keycloakUrl: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
    token: keycloak.token,
    refreshToken: keycloak.refreshToken,
    ...(keycloak.idToken ? { idToken: keycloak.idToken } : {}),
  };
  try {
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  } catch {
    // storage full or refused: the next page load logs in through Keycloak again, nothing worse
  }
}

/**
 * Resumes the tab's session from its stored tokens: one refresh call to Keycloak, no redirect. The refresh proves the
 * session is still alive (a logout elsewhere, a disabled user or an ended SSO session fail it). Undefined when there
 * is nothing to resume or it could not be resumed.
 */
async function resume(config: RuntimeConfig, storage: Storage, factory: KeycloakFactory): Promise<Keycloak | undefined> {
  const stored = readStored(storage, config);
  if (!stored) return undefined;
  const keycloak = factory(config);
  try {
    await keycloak.init({
      pkceMethod: 'S256',
      checkLoginIframe: false,
      token: stored.token,
      refreshToken: stored.refreshToken,
      ...(stored.idToken ? { idToken: stored.idToken } : {}),
    });
    if (keycloak.authenticated) return keycloak;
  } catch {
    // expired or revoked: a normal login follows
  }
  storage.removeItem(SESSION_STORAGE_KEY);
  return undefined;
}

/**
 * Logs the user in through Keycloak (authorization code flow with PKCE) and returns the session.
 * The Keycloak URL is used exactly as configured: the token issuer follows the host name.
 *
 * One app start per page load: the tab keeps its tokens in sessionStorage, so a reload or a typed URL resumes the
 * session with one token refresh instead of a round trip through Keycloak's login page and a second start of the
 * app. Only the first load of a tab (or one after the session ended) goes to Keycloak. The tokens are as exposed to
 * scripts on the page as they are in memory; the storage is this tab's only and is cleared on logout.
 */
export async function startKeycloakSession(
  config: RuntimeConfig,
  storage: Storage = window.sessionStorage,
  factory: KeycloakFactory = createKeycloak,
): Promise<AuthSession> {
  let keycloak = await resume(config, storage, factory);
  if (!keycloak) {
    await ensureLoginReachable(config);
    keycloak = factory(config);
    await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  }
  const session = keycloak;
  store(storage, config, session);
  session.onAuthRefreshSuccess = () => store(storage, config, session);
  session.onAuthLogout = () => storage.removeItem(SESSION_STORAGE_KEY);

  return {
    async getToken() {
      try {
        await session.updateToken(MIN_VALIDITY_SECONDS);
      } catch {
        // The refresh token has expired too: start a new login, which leaves the page.
        storage.removeItem(SESSION_STORAGE_KEY);
        await session.login();
        return undefined;
      }
      return session.token;
    },
    async logout() {
      storage.removeItem(SESSION_STORAGE_KEY);
      await session.logout({ redirectUri: window.location.origin + '/' });
    },
  };
}

/** The identity provider does not answer: nobody can log in now (sessions already open keep working). */
export class LoginUnavailableError extends Error {
  constructor(readonly keycloakUrl: string) {
    super(`login service not reachable at ${keycloakUrl}`);
    this.name = 'LoginUnavailableError';
  }
}

/**
 * Before handing the page to Keycloak, checks that it answers at all. Without this, a Keycloak that is down shows
 * the browser's own "site can't be reached" page instead of a message from Karta.
 */
export async function ensureLoginReachable(config: RuntimeConfig, fetchImpl: typeof fetch = fetch): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 8000);
  try {
    // no-cors: only whether the server answers matters, not what it says
    await fetchImpl(`${config.keycloakUrl}/realms/${config.realm}`, { mode: 'no-cors', signal: controller.signal });
  } catch {
    throw new LoginUnavailableError(config.keycloakUrl);
  } finally {
    clearTimeout(timer);
  }
}

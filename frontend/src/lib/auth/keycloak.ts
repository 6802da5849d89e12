import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/config/runtime-config';
import type { AuthSession } from './session';

/** Seconds of validity a token must have left before a call; otherwise it is refreshed first. */
const MIN_VALIDITY_SECONDS = 30;

/**
 * Logs the user in through Keycloak (authorization code flow with PKCE) and returns the session.
 * The Keycloak URL is used exactly as configured: the token issuer follows the host name.
 */
export async function startKeycloakSession(config: RuntimeConfig): Promise<AuthSession> {
  await ensureLoginReachable(config);
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });

  return {
    async getToken() {
      try {
        await keycloak.updateToken(MIN_VALIDITY_SECONDS);
      } catch {
        // The refresh token has expired too: start a new login, which leaves the page.
        await keycloak.login();
        return undefined;
      }
      return keycloak.token;
    },
    async logout() {
      await keycloak.logout({ redirectUri: window.location.origin + '/' });
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

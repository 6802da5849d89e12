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

/** Settings a deployment changes without a rebuild: fetched from /config.json before the app starts. */
export interface RuntimeConfig {
  /** Origin of the API; "" means the same origin as the SPA (/api is proxied). */
  apiBaseUrl: string;
  /** Keycloak base URL, used exactly as configured (the token issuer is host-sensitive). */
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

function requireString(raw: Record<string, unknown>, key: keyof RuntimeConfig, allowEmpty = false): string {
  const value = raw[key];
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    throw new Error(`config.json: "${key}" must be a ${allowEmpty ? '' : 'non-empty '}string`);
  }
  return value;
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (typeof raw !== 'object' || raw === null) {
    throw new Error('config.json: expected a JSON object');
  }
  const record = raw as Record<string, unknown>;
  return {
    apiBaseUrl: requireString(record, 'apiBaseUrl', true).replace(/\/+$/, ''),
    keycloakUrl: requireString(record, 'keycloakUrl').replace(/\/+$/, ''),
    realm: requireString(record, 'realm'),
    clientId: requireString(record, 'clientId'),
  };
}

export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchFn('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`config.json: HTTP ${response.status}`);
  }
  return parseRuntimeConfig(await response.json());
}

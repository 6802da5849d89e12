import { describe, expect, it } from 'vitest';
import { loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

describe('runtime config', () => {
  it('reads the config and keeps the Keycloak URL as configured (trailing slash dropped)', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: '', keycloakUrl: 'http://127.0.0.1:8180/', realm: 'karta', clientId: 'karta-web' })).toEqual({
      apiBaseUrl: '',
      keycloakUrl: 'http://127.0.0.1:8180',
      realm: 'karta',
      clientId: 'karta-web',
    });
  });

  it('rejects a config without a realm or with a wrong type', () => {
    expect(() => parseRuntimeConfig({ apiBaseUrl: '', keycloakUrl: 'http://127.0.0.1:8180', clientId: 'karta-web' })).toThrow(/realm/);
    expect(() => parseRuntimeConfig({ apiBaseUrl: 1, keycloakUrl: 'x', realm: 'r', clientId: 'c' })).toThrow(/apiBaseUrl/);
    expect(() => parseRuntimeConfig(null)).toThrow();
  });

  it('fails when /config.json cannot be fetched', async () => {
    const fetchFn = async () => new Response('nope', { status: 404 });
    await expect(loadRuntimeConfig(fetchFn as typeof fetch)).rejects.toThrow(/HTTP 404/);
  });
});

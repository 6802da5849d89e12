import { describe, expect, it, vi } from 'vitest';
import { ensureLoginReachable, LoginUnavailableError } from './keycloak';

const config = { apiBaseUrl: '', keycloakUrl: 'http://127.0.0.1:8180', realm: 'karta', clientId: 'karta-web' };

describe('ensureLoginReachable', () => {
  it('says the login service is unavailable when Keycloak does not answer', async () => {
    const down = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(ensureLoginReachable(config, down)).rejects.toBeInstanceOf(LoginUnavailableError);
    await expect(ensureLoginReachable(config, down)).rejects.toMatchObject({ keycloakUrl: 'http://127.0.0.1:8180' });
    expect(down).toHaveBeenCalledWith('http://127.0.0.1:8180/realms/karta', expect.objectContaining({ mode: 'no-cors' }));
  });

  it('lets the login go ahead when Keycloak answers', async () => {
    const up = vi.fn().mockResolvedValue(new Response(null, { status: 200 }));
    await expect(ensureLoginReachable(config, up)).resolves.toBeUndefined();
  });
});

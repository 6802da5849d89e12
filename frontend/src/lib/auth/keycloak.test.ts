import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureLoginReachable, LoginUnavailableError, SESSION_STORAGE_KEY, startKeycloakSession } from './keycloak';

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

/** A stand-in for keycloak-js: records how it was started; `refreshWorks` decides whether stored tokens resume. */
function fakeKeycloak(options: { refreshWorks: boolean }) {
  const instances: Array<{ initOptions: Record<string, unknown>; logout: ReturnType<typeof vi.fn> }> = [];
  const factory = () => {
    const instance = {
      authenticated: false,
      token: undefined as string | undefined,
      refreshToken: undefined as string | undefined,
      idToken: undefined as string | undefined,
      onAuthRefreshSuccess: undefined as (() => void) | undefined,
      onAuthLogout: undefined as (() => void) | undefined,
      initOptions: {} as Record<string, unknown>,
      logout: vi.fn().mockResolvedValue(undefined),
      login: vi.fn().mockResolvedValue(undefined),
      updateToken: vi.fn().mockResolvedValue(true),
      async init(initOptions: Record<string, unknown>) {
        this.initOptions = initOptions;
        if (initOptions.token) {
          if (!options.refreshWorks) throw new Error('invalid_grant');
          Object.assign(this, { authenticated: true, token: 'access-2', refreshToken: 'refresh-2' });
        } else {
          // the login round trip, compressed: back from Keycloak with fresh tokens
          Object.assign(this, { authenticated: true, token: 'access-1', refreshToken: 'refresh-1', idToken: 'id-1' });
        }
        return true;
      },
    };
    instances.push(instance);
    return instance as never;
  };
  return { factory, instances };
}

describe('startKeycloakSession', () => {
  afterEach(() => vi.restoreAllMocks());
  const answering = () => vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 200 }));

  it('keeps the tokens for the next page load of the tab and resumes without a login redirect', async () => {
    answering();
    const storage = window.sessionStorage;
    storage.clear();
    const first = fakeKeycloak({ refreshWorks: true });
    await startKeycloakSession(config, storage, first.factory);
    expect(first.instances[0]?.initOptions).toMatchObject({ onLoad: 'login-required', pkceMethod: 'S256' });
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toMatchObject({ token: 'access-1', refreshToken: 'refresh-1' });

    const reload = fakeKeycloak({ refreshWorks: true });
    const session = await startKeycloakSession(config, storage, reload.factory);
    expect(reload.instances).toHaveLength(1);
    expect(reload.instances[0]?.initOptions).toMatchObject({ token: 'access-1', refreshToken: 'refresh-1', idToken: 'id-1' });
    expect(reload.instances[0]?.initOptions).not.toHaveProperty('onLoad');
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toMatchObject({ token: 'access-2' });

    await session.logout();
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(reload.instances[0]?.logout).toHaveBeenCalled();
  });

  it('logs in through Keycloak when the stored session was ended elsewhere', async () => {
    answering();
    const storage = window.sessionStorage;
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ ...config, token: 'old', refreshToken: 'revoked' }));
    const kc = fakeKeycloak({ refreshWorks: false });
    await startKeycloakSession(config, storage, kc.factory);
    expect(kc.instances).toHaveLength(2);
    expect(kc.instances[1]?.initOptions).toMatchObject({ onLoad: 'login-required' });
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toMatchObject({ token: 'access-1' });
  });

  it('never resumes tokens of another realm or client', async () => {
    answering();
    const storage = window.sessionStorage;
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ ...config, realm: 'other', token: 't', refreshToken: 'r' }));
    const kc = fakeKeycloak({ refreshWorks: true });
    await startKeycloakSession(config, storage, kc.factory);
    expect(kc.instances).toHaveLength(1);
    expect(kc.instances[0]?.initOptions).toMatchObject({ onLoad: 'login-required' });
  });
});

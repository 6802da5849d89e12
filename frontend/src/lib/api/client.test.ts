import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, IDEMPOTENCY_KEY, isIdempotentPost, newIdempotencyKey, RETRY_DELAYS_MS } from './client';
import { ApiError, unwrap } from './problem';

describe('API client', () => {
  it('refreshes the token before each call and sends it with the language', async () => {
    const seen: Request[] = [];
    let token = 0;
    const client = createApiClient({
      baseUrl: 'http://karta.test',
      getToken: async () => `token-${(token += 1)}`,
      getLanguage: () => 'en',
      fetch: async (request) => {
        seen.push(request);
        return Response.json({
          subject: 's',
          username: 'u',
          name: 'n',
          roles: [],
          personId: null,
          organisationId: null,
          organisationName: null,
        });
      },
    });
    await client.GET('/api/v1/me');
    await client.GET('/api/v1/me');
    expect(seen.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(seen[0]?.headers.get('Accept-Language')).toBe('en');
    expect(seen[0]?.url).toBe('http://karta.test/api/v1/me');
  });

  it('sends repeated statuses as repeated query parameters', async () => {
    let url = '';
    const client = createApiClient({
      baseUrl: 'http://karta.test',
      getToken: async () => 't',
      getLanguage: () => 'ru',
      fetch: async (request) => {
        url = request.url;
        return Response.json({ items: [], page: 0, size: 50, totalItems: 0 });
      },
    });
    await client.GET('/api/v1/roadmaps/{id}/items', {
      params: { path: { id: 'r1' }, query: { status: ['IN_PROGRESS', 'DONE'], overdue: true } },
    });
    expect(new URL(url).searchParams.getAll('status')).toEqual(['IN_PROGRESS', 'DONE']);
    expect(new URL(url).searchParams.get('overdue')).toBe('true');
  });

  it('turns a problem+json answer into an ApiError with field errors', async () => {
    const client = createApiClient({
      baseUrl: 'http://karta.test',
      getToken: async () => 't',
      getLanguage: () => 'ru',
      fetch: async () =>
        new Response(
          JSON.stringify({
            type: 'urn:karta:problem:invalid-request',
            title: 'Некорректный запрос',
            status: 400,
            detail: 'Ошибки в запросе',
            requestId: 'r',
            errors: [{ field: 'text', message: 'не должно быть пустым' }],
          }),
          {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
    });
    const result = await client.POST('/api/v1/roadmap-items/{id}/progress-updates', { params: { path: { id: 'i1' } }, body: { text: '' } });
    let error: unknown;
    try {
      unwrap(result);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('Ошибки в запросе');
    expect((error as ApiError).fieldErrors()).toEqual({ text: 'не должно быть пустым' });
  });

  it('sends every POST with an Idempotency-Key and, when the network loses it, sends it again with the same key', async () => {
    vi.useFakeTimers();
    try {
      const seen: Request[] = [];
      const client = createApiClient({
        baseUrl: 'http://karta.test',
        getToken: async () => 't',
        getLanguage: () => 'ru',
        fetch: async (request) => {
          seen.push(request);
          if (seen.length < 3) throw new TypeError('Failed to fetch');
          return Response.json({ id: 'p1' }, { status: 201 });
        },
      });
      const sent = client.POST('/api/v1/roadmap-items/{id}/progress-updates', {
        params: { path: { id: 'i1' } },
        body: { text: 'Подписано' },
      });
      await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0));
      expect(unwrap(await sent)).toEqual({ id: 'p1' });
      const keys = seen.map((request) => request.headers.get(IDEMPOTENCY_KEY));
      expect(keys).toHaveLength(3);
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await seen[2]!.json()).toEqual({ text: 'Подписано' });

      await client.GET('/api/v1/me').catch(() => undefined);
      expect(seen.at(-1)!.headers.has(IDEMPOTENCY_KEY)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up after the retries and says the network failed', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const client = createApiClient({
        baseUrl: 'http://karta.test',
        getToken: async () => 't',
        getLanguage: () => 'ru',
        fetch: async () => {
          calls += 1;
          throw new TypeError('Failed to fetch');
        },
      });
      const sent = client.POST('/api/v1/roadmap-items/{id}/progress-updates', { params: { path: { id: 'i1' } }, body: { text: 'x' } });
      const failed = expect(sent).rejects.toBeInstanceOf(TypeError);
      await vi.advanceTimersByTimeAsync(5000);
      await failed;
      expect(calls).toBe(1 + RETRY_DELAYS_MS.length);
    } finally {
      vi.useRealTimers();
    }
  });

  it('makes keys that are random UUIDs even without crypto.randomUUID', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('repeats by itself exactly the POSTs that take an Idempotency-Key in the published contract', () => {
    const contract = readFileSync(resolve(process.cwd(), '..', 'openapi.yaml'), 'utf8');
    const keyed: string[] = [];
    const others: string[] = [];
    let path = '';
    let method = '';
    for (const line of contract.split('\n')) {
      const pathLine = /^ {2}(\/api\/[^:]+):$/.exec(line);
      if (pathLine) {
        path = pathLine[1]!.replace(/\{[^}]+\}/g, 'x1');
        method = '';
        continue;
      }
      const methodLine = /^ {4}([a-z]+):$/.exec(line);
      if (methodLine) {
        method = methodLine[1]!;
        if (method === 'post' && path) others.push(path);
        continue;
      }
      if (method === 'post' && line.includes('#/components/parameters/IdempotencyKey') && !keyed.includes(path)) {
        keyed.push(path);
        others.splice(others.indexOf(path), 1);
      }
    }
    expect(keyed.length).toBeGreaterThanOrEqual(10);
    for (const p of keyed) expect(isIdempotentPost(p), p).toBe(true);
    for (const p of others) expect(isIdempotentPost(p), p).toBe(false);
  });

  it('does not repeat a POST that takes no key when the network loses it', async () => {
    let calls = 0;
    const client = createApiClient({
      baseUrl: 'http://karta.test',
      getToken: async () => 't',
      getLanguage: () => 'ru',
      fetch: async () => {
        calls += 1;
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(
      client.POST('/api/v1/roadmaps/{id}/copy', { params: { path: { id: 'r1' } }, body: { title: 'x' } } as never),
    ).rejects.toBeInstanceOf(TypeError);
    expect(calls).toBe(1);
  });
});

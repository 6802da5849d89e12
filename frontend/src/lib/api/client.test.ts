import { describe, expect, it } from 'vitest';
import { createApiClient } from './client';
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
});

import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { createContext, useContext } from 'react';
import type { paths } from './schema';

/** The one API client of the app: typed by the generated contract (src/lib/api/schema.d.ts). */
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Origin of the API ("" = same origin as the page). */
  baseUrl: string;
  /** Returns a fresh access token before each call. */
  getToken: () => Promise<string | undefined>;
  /** The current UI language, sent as Accept-Language so error details come in that language. */
  getLanguage: () => string;
  /** A fetch implementation (tests pass a fake API here). */
  fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl || window.location.origin;
  const client = createClient<paths>({
    baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const authAndLanguage: Middleware = {
    async onRequest({ request }) {
      const token = await options.getToken();
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      request.headers.set('Accept-Language', options.getLanguage());
      return request;
    },
  };
  client.use(authAndLanguage);
  return client;
}

export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) {
    throw new Error('useApiClient must be used inside <ApiClientContext.Provider>');
  }
  return client;
}

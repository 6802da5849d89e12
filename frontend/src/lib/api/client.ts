import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { createContext, useContext } from 'react';
import type { paths } from './schema';

/** How much of an upload has been sent, in bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/** What an upload answered, shaped as openapi-fetch's results are, so `unwrap` reads it. */
export interface UploadResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Sends a multipart form (a document, a photo) to the API with the same token and language as every call, reporting
 * progress as it goes: fetch cannot tell upload progress, so the browser's XMLHttpRequest sends it. Tests, which
 * give the client a fake fetch, go through that fetch instead (without progress).
 */
export type Uploader = <T>(path: string, form: FormData, onProgress?: (progress: UploadProgress) => void) => Promise<UploadResult<T>>;

/** The one API client of the app: typed by the generated contract (src/lib/api/schema.d.ts), plus uploads. */
export type ApiClient = Client<paths> & { upload: Uploader };

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

/** The header that makes a POST safe to retry (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_KEY = 'Idempotency-Key';

/**
 * The POSTs that honour an Idempotency-Key on the server (its @Idempotent operations; a test checks this list against
 * openapi.yaml): only these are sent again by themselves, since a repeat of any other could do the thing twice.
 */
export const IDEMPOTENT_POSTS: readonly RegExp[] = [
  /^\/api\/v1\/roadmaps$/,
  /^\/api\/v1\/roadmaps\/[^/]+\/items$/,
  /^\/api\/v1\/roadmap-items\/[^/]+\/progress-updates$/,
  /^\/api\/v1\/roadmap-items\/[^/]+\/attachments$/,
  /^\/api\/v1\/roadmap-imports$/,
  /^\/api\/v1\/roadmap-imports\/[^/]+\/commit$/,
  /^\/api\/v1\/quarterly-reports$/,
  /^\/api\/v1\/meetings$/,
  /^\/api\/v1\/meetings\/[^/]+\/check-ins$/,
  /^\/api\/v1\/meetings\/[^/]+\/decisions$/,
];

export function isIdempotentPost(url: string): boolean {
  const path = new URL(url, 'http://karta.invalid').pathname;
  return IDEMPOTENT_POSTS.some((pattern) => pattern.test(path));
}

/** Waits before the retries of a POST whose answer was lost: two more tries, after 0.5 s and 1.5 s. */
export const RETRY_DELAYS_MS = [500, 1500];

/** A new key: a random UUID (crypto.randomUUID is missing on a phone that opened the app over plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every POST goes with an Idempotency-Key, and when the network loses one that creates (the request or its answer:
 * fetch throws) it is sent again with the same key: the server answers a repeat with the first answer, so a
 * check-in, a progress update or a report is recorded once however often the phone's connection drops. Other POSTs
 * are not repeated (the server ignores the header there).
 */
export async function sendWithRetries(send: (request: Request) => Promise<Response>, request: Request): Promise<Response> {
  if (request.method !== 'POST') return send(request);
  if (!request.headers.has(IDEMPOTENCY_KEY)) request.headers.set(IDEMPOTENCY_KEY, newIdempotencyKey());
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send(request.clone());
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!(error instanceof TypeError) || delay === undefined || !isIdempotentPost(request.url)) throw error;
      await sleep(delay);
    }
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl || window.location.origin;
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const client = createClient<paths>({
    baseUrl,
    fetch: (request: Request) => sendWithRetries(send, request),
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
  const upload: Uploader = async <T>(path: string, form: FormData, onProgress?: (progress: UploadProgress) => void) => {
    const token = await options.getToken();
    const headers: Record<string, string> = {
      'Accept-Language': options.getLanguage(),
      Accept: 'application/json',
      [IDEMPOTENCY_KEY]: newIdempotencyKey(),
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    const url = new URL(path, baseUrl).toString();
    if (options.fetch) {
      const encoded = await encodeForm(form);
      const response = await sendWithRetries(
        options.fetch,
        new Request(url, { method: 'POST', body: encoded.body as BodyInit, headers: { ...headers, 'Content-Type': encoded.contentType } }),
      );
      const body: unknown = await response.json().catch(() => undefined);
      return response.ok ? { data: body as T, response } : { error: body, response };
    }
    // A file whose answer was lost is sent again once, with the same key: it is kept once.
    const send = () =>
      new Promise<UploadResult<T>>((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('POST', url);
        Object.entries(headers).forEach(([name, value]) => request.setRequestHeader(name, value));
        request.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
        request.onerror = () => reject(new TypeError('Network error during the upload'));
        request.onload = () => {
          let body: unknown;
          try {
            body = request.responseText ? JSON.parse(request.responseText) : undefined;
          } catch {
            body = undefined;
          }
          const response = new Response(null, { status: request.status === 204 ? 204 : request.status });
          resolve(request.status >= 200 && request.status < 300 ? { data: body as T, response } : { error: body, response });
        };
        request.send(form);
      });
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof TypeError) || !isIdempotentPost(url)) throw error;
      await sleep(RETRY_DELAYS_MS[0]!);
      return send();
    }
  };
  return Object.assign(client, { upload });
}

export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) {
    throw new Error('useApiClient must be used inside <ApiClientContext.Provider>');
  }
  return client;
}

/**
 * A multipart form encoded by hand (RFC 7578), for a client given its own fetch: that fetch may come from another
 * realm than the page's FormData (tests run the page in jsdom and fetch in Node), which would not recognise it.
 */
export async function encodeForm(form: FormData): Promise<{ body: Uint8Array; contentType: string }> {
  const boundary = `----karta${Math.random().toString(16).slice(2)}`;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const [name, value] of form.entries()) {
    const quoted = (text: string) => text.replace(/["\r\n]/g, (c) => encodeURIComponent(c));
    if (typeof value === 'string') {
      parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`));
    } else {
      const file = value as Blob & { name?: string };
      parts.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"; filename="${quoted(file.name ?? 'file')}"\r\n` +
            `Content-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`,
        ),
      );
      parts.push(new Uint8Array(await bytesOf(file)));
      parts.push(encoder.encode('\r\n'));
    }
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A Blob's bytes, in any realm (jsdom's Blob has no arrayBuffer, but FileReader reads it). */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

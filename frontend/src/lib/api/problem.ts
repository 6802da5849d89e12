import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** The headers of a PATCH: its body is a JSON merge patch (RFC 7396), only the fields that change. */
export const MERGE_PATCH = { 'Content-Type': 'application/merge-patch+json' } as const;

/** A failed API call: the HTTP status and, when the server sent one, its problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Per-field messages, keyed by field name (the first message of each field). */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) {
      if (error.field && error.message && !(error.field in result)) {
        result[error.field] = error.message;
      }
    }
    return result;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function asProblem(body: unknown): Problem | undefined {
  return typeof body === 'object' && body !== null ? (body as Problem) : undefined;
}

/**
 * Returns the data of an openapi-fetch result, or throws an ApiError for an error response.
 * Use it inside query and mutation functions so TanStack Query sees failures.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.error === undefined) {
    return result.data as T;
  }
  throw new ApiError(result.response.status, asProblem(result.error));
}

/**
 * The write named a version that is no longer current: someone changed the data since it was loaded. The server
 * answers 412 when the version came as If-Match, 409 "stale-version" when it came as the body's `version` field.
 */
export function isStaleVersion(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.status === 412) return true;
  return (
    error.status === 409 &&
    (error.problem?.type === 'urn:karta:problem:stale-version' || (error.problem?.errors ?? []).some((e) => e.field === 'version'))
  );
}

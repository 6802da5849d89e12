import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

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

// Services throw AppError; the route and action wrappers turn its code into a status and a message.

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Well-formed, but beyond what the server processes safely (too deeply nested, too slow to parse). */
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);

/**
 * 409 for an edit based on an old version, with the state to show and reapply on. `readCurrent` runs
 * after the failed conditional write, which waited for the winning edit to commit, so (under READ
 * COMMITTED) it returns the winner's state rather than what this request read before.
 */
export async function staleVersion(what: string, readCurrent: () => Promise<unknown>): Promise<AppError> {
  return new AppError(
    "CONFLICT",
    `${what} was changed by someone else since you opened it. Review the current version and apply your change again.`,
    { current: await readCurrent() },
  );
}

import { AppError } from "@/lib/server/errors";

/** 409 for an edit based on an old version; `current` lets the client show and reapply. */
export function staleVersion(what: string, current: unknown): AppError {
  return new AppError(
    "CONFLICT",
    `${what} was changed by someone else since you opened it. Review the current version and apply your change again.`,
    { current },
  );
}

import { ZodError } from "zod";
import { MAX_UNKNOWN_FIELDS_NAMED } from "@/lib/validations/common";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizeIssue, localizeMessage } from "@/lib/i18n/server-messages";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/observability/shared";
import { isTransactionExpired, isWriteConflict } from "@/lib/server/db/transaction-expired";
import { isDatabaseUnavailable } from "./database-unavailable";

export interface ErrorBody {
  /** `requestId` finds the request's log line (the same id is in the X-Request-Id header). */
  error: { code: string; message: string; details?: unknown; requestId?: string };
}

/**
 * Any failure as an AppError whose message a person can read in `locale`: validation problems by
 * the field's label (the machine-readable key stays in `details[].field`), never "field: message".
 */
export function toAppError(error: unknown, requestId?: string, locale: Locale = DEFAULT_LOCALE): AppError {
  const say = (message: string) => localizeMessage(message, locale);
  if (error instanceof AppError) {
    return error.message === say(error.message) && !Array.isArray(error.details)
      ? error
      : new AppError(error.code, say(error.message), localizeDetails(error.details, say));
  }
  if (error instanceof ZodError) {
    // Each issue's message once, however many fields it names.
    const details = error.issues.flatMap((issue) => {
      const message = localizeIssue(issue, locale);
      return issueFields(issue).map((field) => ({ field, message }));
    });
    return new AppError("INVALID_INPUT", details[0]?.message ?? say("Invalid input."), details);
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError("UNAVAILABLE", say("The database is not reachable right now. Try again in a moment."));
  }
  if (isTransactionExpired(error)) {
    logger().warn({ kind: "error", requestId, err: error }, "transaction expired");
    return new AppError("UNAVAILABLE", say("The server was too busy to finish saving in time. Nothing was saved; try again in a moment."));
  }
  if (isWriteConflict(error)) {
    logger().warn({ kind: "error", requestId, err: error }, "write conflict");
    return new AppError("CONFLICT", say("Someone else changed the same items at the same moment. Nothing was saved; reload and try again."));
  }
  // Unexpected: log it for operators, tell the caller nothing about internals.
  logger().error({ kind: "error", requestId, err: error }, "unexpected error");
  return new AppError("INTERNAL", say("Something went wrong on our side. The change was not saved."));
}

/** The fields a problem concerns: its path, each unknown name on its own, or "(body)" for the whole input. */
function issueFields(issue: ZodError["issues"][number]): string[] {
  if (issue.path.length) return [issue.path.join(".")];
  return issue.code === "unrecognized_keys" ? issue.keys.slice(0, MAX_UNKNOWN_FIELDS_NAMED).map((key) => key.slice(0, 60)) : ["(body)"];
}

function localizeDetails(details: unknown, say: (message: string) => string): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((detail: unknown) =>
    detail && typeof detail === "object" && typeof (detail as { message?: unknown }).message === "string"
      ? { ...detail, message: say((detail as { message: string }).message) }
      : detail,
  );
}

export function errorResponse(error: unknown, requestId?: string, locale: Locale = DEFAULT_LOCALE): Response {
  const appError = toAppError(error, requestId, locale);
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.details !== undefined) body.error.details = appError.details;
  if (requestId) body.error.requestId = requestId;
  const headers: Record<string, string> = { "cache-control": "no-store" };
  // A busy server says when to ask again (RFC 9110 §10.2.3); clients and proxies retry after it.
  if (appError.status === 503) headers["retry-after"] = "2";
  return Response.json(body, { status: appError.status, headers });
}

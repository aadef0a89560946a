import { ZodError } from "zod";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/observability/shared";
import { isDatabaseUnavailable } from "./database-unavailable";

export interface ErrorBody {
  /** `requestId` finds the request's log line (the same id is in the X-Request-Id header). */
  error: { code: string; message: string; details?: unknown; requestId?: string };
}

export function toAppError(error: unknown, requestId?: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ field: issue.path.join(".") || "(body)", message: issue.message }));
    const first = details[0];
    return new AppError("INVALID_INPUT", first ? `${first.field}: ${first.message}` : "Invalid input.", details);
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError("UNAVAILABLE", "The database is not reachable right now. Try again in a moment.");
  }
  // Unexpected: log it for operators, tell the caller nothing about internals.
  logger().error({ kind: "error", requestId, err: error }, "unexpected error");
  return new AppError("INTERNAL", "Something went wrong on our side. The change was not saved.");
}

export function errorResponse(error: unknown, requestId?: string): Response {
  const appError = toAppError(error, requestId);
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.details !== undefined) body.error.details = appError.details;
  if (requestId) body.error.requestId = requestId;
  return Response.json(body, { status: appError.status, headers: { "cache-control": "no-store" } });
}

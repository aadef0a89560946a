import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/domain/permissions";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { refuseWhileTeamEnded } from "@/lib/server/auth/team-ended";
import { AppError } from "@/lib/server/errors";
import { asWorkOf } from "@/lib/server/workers/heavy-owner";
import { toAppError } from "./error-response";

export type ActionState<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> }
  | null;

// A browser form whose session ended (signed out in another tab, disabled, timed out): "send an API
// token" means nothing to a person at a form.
const SESSION_ENDED = "Your session has ended. Sign in again to continue.";

/**
 * The server-action counterpart of apiRoute: the same authentication, permission check and error
 * mapping, returning a state object a form can show instead of throwing. Next.js itself refuses
 * server actions whose Origin does not match the host.
 */
export function protectedAction<Schema extends z.ZodType, T>(
  permission: Permission,
  schema: Schema,
  run: (options: { actor: Actor; input: z.output<Schema> }) => Promise<T>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    try {
      const actor = await getCurrentActor();
      if (!actor) throw new AppError("UNAUTHENTICATED", SESSION_ENDED);
      authorize(actor, permission);
      refuseWhileTeamEnded(actor);
      const input = schema.parse(formFields(formData));
      return { ok: true, data: await asWorkOf(actor.teamId, () => run({ actor, input })) };
    } catch (error) {
      return { ...actionError(error, await resolveLocale().catch(() => DEFAULT_LOCALE)), values: keptValues(formData) };
    }
  };
}

/** For what a signed-in person does for themselves (no team permission involved); the service checks who. */
export function signedInAction<Schema extends z.ZodType, T>(
  schema: Schema,
  run: (options: { actor: Actor; input: z.output<Schema> }) => Promise<T>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    try {
      const actor = await getCurrentActor();
      if (!actor) throw new AppError("UNAUTHENTICATED", SESSION_ENDED);
      const input = schema.parse(formFields(formData));
      return { ok: true, data: await run({ actor, input }) };
    } catch (error) {
      return { ...actionError(error, await resolveLocale().catch(() => DEFAULT_LOCALE)), values: keptValues(formData) };
    }
  };
}

/** Any failure as the state a form shows, in the reader's language: a message, plus per-field messages for invalid input. */
export function actionError(error: unknown, locale: Locale = DEFAULT_LOCALE): { ok: false; message: string; fieldErrors: Record<string, string> } {
  const appError = toAppError(error, undefined, locale);
  const details = Array.isArray(appError.details) ? (appError.details as { field?: string; message: string }[]) : [];
  return {
    ok: false,
    message: appError.message,
    fieldErrors: Object.fromEntries(details.filter((d) => d.field).map((d) => [d.field, d.message])),
  };
}

/**
 * What a refused form sends back to fill itself again (React empties a form after its action), short of
 * secrets: a person corrects one field instead of typing all of them again.
 */
function keptValues(formData: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(formFields(formData)).filter(([key, value]) => !/password|secret|token/i.test(key) && value.length <= 10_000));
}

/** Form fields without the ones React and Next.js add to every action form. */
export function formFields(formData: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  // An action can be called with anything; what is not a form has no fields, and validation says what is missing.
  if (!(formData instanceof FormData)) return fields;
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$ACTION") && typeof value === "string") fields[key] = value;
  }
  return fields;
}

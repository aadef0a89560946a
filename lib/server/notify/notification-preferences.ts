import "server-only";
import { AppError } from "@/lib/server/errors";
import { MAIL_KINDS, PREFERENCE_COLUMN, type MailKind } from "@/lib/domain/notify/mail-kinds";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import type { NotificationPreferencesInput } from "@/lib/validations/notification";
import { mailEnabled } from "./mailer";

const columns = Object.fromEntries(MAIL_KINDS.map((kind) => [PREFERENCE_COLUMN[kind], true])) as Record<(typeof PREFERENCE_COLUMN)[MailKind], true>;

function shape(row: Record<(typeof PREFERENCE_COLUMN)[MailKind], boolean>) {
  return { mailEnabled: mailEnabled(), ...(Object.fromEntries(MAIL_KINDS.map((kind) => [kind, row[PREFERENCE_COLUMN[kind]]])) as Record<MailKind, boolean>) };
}

/** The person's own mail choices (they apply in every team); every member may read and change their own. */
export async function getNotificationPreferences({ actor }: { actor: Actor }) {
  return shape(await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: columns }));
}

export async function updateNotificationPreferences({ actor, input }: { actor: Actor; input: NotificationPreferencesInput }) {
  // Which mails a person gets is theirs to choose, signed in: a token acts for the team, not as its creator (a viewer
  // token switched its creator's mails: hostile probe of stop 43).
  if (actor.kind === "api-token") throw new AppError("FORBIDDEN", TOKENS_CANNOT);
  const data = Object.fromEntries(Object.entries(input).map(([kind, on]) => [PREFERENCE_COLUMN[kind as MailKind], on]));
  return shape(await db.user.update({ where: { id: actor.userId }, data, select: columns }));
}

/** What the unsubscribe link does: one kind off, for the person the signed link names. */
export async function switchOffMailKind(userId: string, kind: MailKind): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { [PREFERENCE_COLUMN[kind]]: false } });
  return count === 1;
}

const TOKENS_CANNOT = "Notification settings are changed by the person, signed in, not with an API token.";

import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db/client";
import type { CreateTeamInput } from "@/lib/validations/team";
import { insertTeam, TEAM_CREATED_BY_OPERATOR } from "./create-team";

/**
 * The operator's way to start a team (`npm run team:create`): no signed-in person is needed, and the
 * admin may be someone new. A new admin gets a random password, returned once to be handed over; so does an
 * account whose address was never confirmed (its old password and sessions end).
 */
export async function createTeamWithAdmin({ input, admin }: { input: CreateTeamInput; admin: { email: string; name: string } }) {
  const email = admin.email.toLowerCase();
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, passwordHash: true, emailConfirmedAt: true } });
    // An account whose address was never shown to be its holder's (no password yet, or one set through an invitation
    // link an admin was shown) gets the password the operator hands over, and its sessions end: whoever set it up must
    // not become this team's admin (hostile probe of stop 45). A confirmed account keeps its own password.
    const vouched = existing?.passwordHash && existing.emailConfirmedAt;
    const user = existing
      ? vouched
        ? existing
        : await tx.user.update({ where: { id: existing.id }, data: { passwordHash, emailConfirmedAt: new Date(), sessionVersion: { increment: 1 } }, select: { id: true, name: true } })
      : await tx.user.create({ data: { email, name: admin.name, passwordHash, emailConfirmedAt: new Date() }, select: { id: true, name: true } });
    const team = await insertTeam(tx, { name: input.name, admin: { id: user.id, name: user.name }, action: TEAM_CREATED_BY_OPERATOR });
    return { team, email, password: vouched ? null : password, replaced: Boolean(existing && !vouched) };
  });
}

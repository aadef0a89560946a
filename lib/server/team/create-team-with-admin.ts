import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db/client";
import type { CreateTeamInput } from "@/lib/validations/team";
import { insertTeam, TEAM_CREATED_BY_OPERATOR } from "./create-team";

/**
 * The operator's way to start a team (`npm run team:create`): no signed-in person is needed, and the
 * admin may be someone new. A new admin gets a random password, returned once to be handed over.
 */
export async function createTeamWithAdmin({ input, admin }: { input: CreateTeamInput; admin: { email: string; name: string } }) {
  const email = admin.email.toLowerCase();
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
    const user = existing ?? (await tx.user.create({ data: { email, name: admin.name, passwordHash, emailConfirmedAt: new Date() }, select: { id: true, name: true } }));
    const team = await insertTeam(tx, { name: input.name, admin: user, action: TEAM_CREATED_BY_OPERATOR });
    return { team, email, password: existing ? null : password };
  });
}

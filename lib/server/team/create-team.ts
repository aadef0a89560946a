import { randomBytes } from "node:crypto";
import { asciiSlug } from "@/lib/domain/text/ascii-slug";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { db, type Prisma } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { nameKey } from "@/lib/domain/text/name-key";
import { AppError } from "@/lib/server/errors";
import type { CreateTeamInput } from "@/lib/validations/team";

/** The history entry that says who created a team; counted for the per-person limit. */
export const TEAM_CREATED = "team.created";
/** A team an operator started for its first admin (`npm run team:create`): not counted against that person's limit. */
export const TEAM_CREATED_BY_OPERATOR = "team.created_by_operator";

/**
 * A signed-in person starts a new, empty team and becomes its admin (the way a second desk or a
 * partner newsroom gets its own walled-off space). Their other memberships are untouched.
 */
export async function createTeam({ actor, input }: { actor: Actor; input: CreateTeamInput }) {
  // A token belongs to one team and may not reach beyond it.
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "An API token acts for its own team only; sign in to create a new team.");
  const limit = env().FACTDESK_TEAMS_PER_PERSON;
  if (limit === 0) throw new AppError("FORBIDDEN", "On this server, only its operators create teams (npm run team:create).");
  return db.$transaction(async (tx) => {
    // Two requests at once must not both slip under the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`team.create:${actor.userId}`}, 0))`;
    if ((await countCreatedTeams(tx, actor.userId)) >= limit) {
      throw new AppError("FORBIDDEN", `You have created ${limit} teams, as many as one person may on this server.`);
    }
    return insertTeam(tx, { name: input.name, admin: { id: actor.userId, name: actor.name }, action: TEAM_CREATED });
  });
}

/** How many more teams the person may create from the app (0 when only operators create teams). */
export async function remainingTeamCreations({ actor }: { actor: Actor }): Promise<number> {
  const limit = env().FACTDESK_TEAMS_PER_PERSON;
  if (limit === 0 || actor.kind !== "user") return 0;
  return Math.max(0, limit - (await countCreatedTeams(db, actor.userId)));
}

/** Teams this person has created from the app (their `team.created` history entries). */
const countCreatedTeams = (client: Pick<Prisma.TransactionClient, "activity">, userId: string) =>
  client.activity.count({ where: { actorId: userId, action: TEAM_CREATED } });

/**
 * A new team with `admin` as its only member, inside the caller's transaction (the app and the operator
 * command). Names are unique on the server (ignoring case): a second "Demo desk" could pass for the real
 * one in someone's invitations and team switch.
 */
export async function insertTeam(
  tx: Prisma.TransactionClient,
  { name, admin, action }: { name: string; admin: { id: string; name: string }; action: typeof TEAM_CREATED | typeof TEAM_CREATED_BY_OPERATOR },
) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('team.name', 0))`;
  // Compared as they read, not as they are spelled (nameKey): a name that passes for another team's in invitations and
  // the team switch is that team's name. Teams are few; their names are read under the lock taken above.
  const key = nameKey(name);
  const names = await tx.team.findMany({ select: { name: true } });
  if (names.some((team) => nameKey(team.name) === key)) throw new AppError("CONFLICT", "A team with this name already exists on this server; choose another name.");
  const team = await tx.team.create({ data: { name, slug: teamSlug(name), settings: {} }, select: { id: true, name: true } });
  await tx.membership.create({ data: { teamId: team.id, userId: admin.id, role: "admin" } });
  const creator: Actor = { kind: "user", userId: admin.id, teamId: team.id, role: "admin", name: admin.name };
  await recordActivity(tx, creator, { action, after: { name } });
  return { ...team, role: "admin" as const };
}

// Slugs are internal and unique; the random tail keeps two teams of the same name apart.
function teamSlug(name: string): string {
  return `${asciiSlug(name).slice(0, 40) || "team"}-${randomBytes(4).toString("hex")}`;
}

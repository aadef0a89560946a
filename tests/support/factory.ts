import { randomUUID } from "node:crypto";
import { ROLES, type Role } from "@/lib/domain/permissions";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { createArticle } from "@/lib/server/article/create-article";
import type { Actor } from "@/lib/server/auth/actor";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db/client";
import { createArticleInput } from "@/lib/validations/article";

export const TEST_PASSWORD = "correct horse battery";

export interface TestTeam {
  teamId: string;
  actors: Record<Role, Actor>;
  emails: Record<Role, string>;
}

/** A team of its own per test file, so files running in parallel never see each other's data. */
export async function createTestTeam(label: string): Promise<TestTeam> {
  const suffix = randomUUID().slice(0, 8);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const team = await db.team.create({ data: { slug: `${label}-${suffix}`, name: `Team ${label} ${suffix}` } });
  const actors = {} as Record<Role, Actor>;
  const emails = {} as Record<Role, string>;
  for (const role of ["admin", "editor", "reviewer", "viewer"] as const) {
    const email = `${role}.${label}.${suffix}@test.factdesk`;
    const user = await db.user.create({
      data: { email, name: `${role} ${label}`, passwordHash, emailConfirmedAt: new Date(), memberships: { create: { teamId: team.id, role } } },
    });
    emails[role] = email;
    actors[role] = { kind: "user", userId: user.id, teamId: team.id, role, name: user.name, email };
  }
  return { teamId: team.id, actors, emails };
}

/** One API token per role of the team (created by its admin), by role; each call's names are new (a team's active tokens have different names). */
export async function createRoleTokens(team: TestTeam): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  const batch = randomUUID().slice(0, 8);
  for (const role of ROLES) {
    tokens[role] = (await createApiToken({ actor: team.actors.admin, input: { name: `${role} token ${batch}`, role } })).secret;
  }
  return tokens;
}

/** One more member of a team (e.g. a second reviewer), who signs in with TEST_PASSWORD. */
export async function addTeamMember(team: TestTeam, role: Role, label: string): Promise<{ actor: Actor; email: string }> {
  const email = `${role}.${label}.${randomUUID().slice(0, 8)}@test.factdesk`;
  const user = await db.user.create({
    data: { email, name: `${role} ${label}`, passwordHash: await hashPassword(TEST_PASSWORD), emailConfirmedAt: new Date(), memberships: { create: { teamId: team.teamId, role } } },
  });
  return { actor: { kind: "user", userId: user.id, teamId: team.teamId, role, name: user.name, email }, email };
}

/** A new team with one article of `text`, imported by its editor; the article's claims in text order. */
export async function teamWithArticle(label: string, text: string, title = "Haushalt"): Promise<{ team: TestTeam; articleId: string; claimIds: [string, ...string[]] }> {
  const team = await createTestTeam(label);
  const article = await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title, text }) });
  const [first, ...rest] = (await db.claim.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" }, select: { id: true } })).map((claim) => claim.id);
  if (!first) throw new Error(`The engine found no claim in "${text}".`);
  return { team, articleId: article.id, claimIds: [first, ...rest] };
}

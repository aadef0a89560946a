import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ROLES } from "@/lib/domain/permissions";
import { contentHash } from "@/lib/server/article/content-hash";
import { hashPassword } from "@/lib/server/auth/password";
import { extractPendingArticles } from "@/lib/server/claim/extract-pending-articles";
import type { Db } from "@/lib/server/db/client";

export const DEMO_DOMAIN = "demo.factdesk";

interface SampleArticle {
  file: string;
  title: string;
  language: "de" | "en";
  outlet: string | null;
}

export interface SeedResult {
  seeded: boolean;
  /** Set only when this call seeded; null when the database already had data. */
  password: string | null;
  passwordGenerated: boolean;
}

/**
 * First start only: a demo team with one user per role and the sample articles. A database that
 * holds any team is never touched, so restarts and real data are safe.
 */
export async function seedDemo(db: Db, options: { password?: string; seedDir: string }): Promise<SeedResult> {
  const password = options.password || randomBytes(12).toString("base64url");
  const manifest = JSON.parse(await readFile(path.join(options.seedDir, "articles.json"), "utf8")) as SampleArticle[];
  const articles = await Promise.all(
    manifest.map(async (sample) => ({ ...sample, body: await readFile(path.join(options.seedDir, sample.file), "utf8") })),
  );

  const seeded = await db.$transaction(async (tx) => {
    // Two first starts against one external database must not both seed.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4711)`;
    if ((await tx.team.count()) > 0) return false;
    const passwordHash = await hashPassword(password);

    const team = await tx.team.create({
      data: { slug: "demo", name: "Demo desk", organizationName: "Factdesk Demo", settings: {} },
    });
    const users = [];
    for (const role of ROLES) {
      const user = await tx.user.create({
        data: {
          email: `${role}@${DEMO_DOMAIN}`,
          name: `Demo ${role[0]!.toUpperCase()}${role.slice(1)}`,
          passwordHash,
          emailConfirmedAt: new Date(),
          memberships: { create: { teamId: team.id, role } },
        },
      });
      users.push(user);
    }
    const importer = users.find((user) => user.email.startsWith("editor@")) ?? users[0]!;
    for (const article of articles) {
      const outlet = article.outlet
        ? await tx.outlet.create({ data: { teamId: team.id, name: article.outlet } })
        : null;
      await tx.article.create({
        data: {
          teamId: team.id,
          outletId: outlet?.id ?? null,
          title: article.title,
          body: article.body,
          language: article.language,
          contentHash: contentHash(article.body),
          importedById: importer.id,
        },
      });
    }
    return true;
  }, { timeout: 30_000 });
  // Claims come from the same path that catches up on any article the engine has not seen.
  await extractPendingArticles(db);

  return seeded
    ? { seeded: true, password, passwordGenerated: !options.password }
    : { seeded: false, password: null, passwordGenerated: false };
}

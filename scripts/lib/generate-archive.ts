// A newsroom archive generated inside PostgreSQL for the load bench: 10,000 articles with 20 claims
// each (plus three with 10, 200 and 1,000), a third of the claims with final verdicts, a fifth rated
// by two reviewers, a quarter commented on, some assigned. Claim offsets match the article text.

const SENTENCE = "Die Regierung senkte die Steuern um 20 Prozent. "; // 48 characters: claim k starts at k * 48

export async function generateArchive(articles = Number(process.env.BENCH_ARTICLES ?? 9_997)) {
  const { db } = await import("@/lib/server/db/client");
  const { createApiToken } = await import("@/lib/server/api-token/create-api-token");
  const { currentScale } = await import("@/lib/server/rating-scale/current-scale");

  const team = await db.team.create({ data: { slug: "load", name: "Load Desk" } });
  const people = await Promise.all(
    ["admin", "editor", "reviewer", "reviewer", "reviewer"].map((role, index) =>
      db.user.create({ data: { email: `${role}${index}@load.invalid`, name: `${role} ${index}`, memberships: { create: { teamId: team.id, role: role as "admin" } } } }),
    ),
  );
  const [admin, editor, ...reviewers] = people;
  const actor = { kind: "user" as const, userId: admin!.id, teamId: team.id, role: "admin" as const, name: "admin" };
  const tokens = {
    reviewer: (await createApiToken({ actor, input: { name: "load reviewer", role: "reviewer" } })).secret,
    editor: (await createApiToken({ actor, input: { name: "load editor", role: "editor" } })).secret,
  };
  const scale = await db.$transaction((tx) => currentScale(tx, team.id));
  const levels = `ARRAY['${scale.levels.filter((level) => level.credibility !== "not_rated").map((level) => level.id).join("','")}']::uuid[]`;

  const insertArticles = (count: number, claimsEach: number, tag: string) =>
    db.$executeRawUnsafe(`
      WITH a AS (
        INSERT INTO "Article" (id, "teamId", "outletId", title, body, language, "contentHash", "importedById", "importedAt", "updatedAt", "extractedAt", "publishedAt")
        SELECT uuidv7(), '${team.id}', (SELECT id FROM "Outlet" WHERE "teamId" = '${team.id}' ORDER BY name OFFSET g % 20 LIMIT 1),
               'Artikel ${tag} ' || g, repeat('${SENTENCE}', ${claimsEach}), 'de', md5('${tag}' || g), '${editor!.id}',
               now() - (g || ' minutes')::interval, now(), now(), now() - (g || ' minutes')::interval
        FROM generate_series(1, ${count}) g RETURNING id, "teamId", body)
      INSERT INTO "Claim" (id, "teamId", "articleId", "textVersion", start, "end", text, "matchText", kind, checkworthiness, checkworthy, position, language, status, "assigneeId", "updatedAt")
      SELECT uuidv7(), a."teamId", a.id, 1, k * 48, k * 48 + 47, substr(a.body, k * 48 + 1, 47), lower(substr(a.body, k * 48 + 1, 47)), 'claim',
             0.2 + (k % 8) * 0.1, k % 4 <> 0, k, 'de', (CASE WHEN k % 3 = 0 THEN 'final' WHEN k % 3 = 1 THEN 'in_review' ELSE 'new' END)::"ClaimStatus",
             CASE WHEN k % 97 = 1 THEN '${admin!.id}'::uuid END, now()
      FROM a CROSS JOIN generate_series(0, ${claimsEach - 1}) k`);

  await db.$executeRawUnsafe(`INSERT INTO "Outlet" (id, "teamId", name, "updatedAt") SELECT uuidv7(), '${team.id}', 'Zeitung ' || g, now() FROM generate_series(1, 20) g`);
  await insertArticles(articles, 20, "a");
  const sized: Record<10 | 200 | 1000, string> = { 10: "", 200: "", 1000: "" };
  for (const size of [10, 200, 1000] as const) {
    await insertArticles(1, size, `size${size}`);
    sized[size] = (await db.article.findFirstOrThrow({ where: { teamId: team.id, title: `Artikel size${size} 1` }, select: { id: true } })).id;
  }
  await db.$executeRawUnsafe(`
    INSERT INTO "FinalVerdict" (id, "claimId", "levelId", rationale, "decidedById", "decidedAt")
    SELECT uuidv7(), c.id, (${levels})[1 + c.position % array_length(${levels}, 1)], 'Laut Statistikamt.', '${editor!.id}', now() - ((c.position % 60) || ' days')::interval
    FROM "Claim" c WHERE c."teamId" = '${team.id}' AND c.status = 'final'`);
  for (const [index, reviewer] of reviewers.slice(0, 2).entries()) {
    await db.$executeRawUnsafe(`
      INSERT INTO "Verdict" (id, "claimId", "reviewerId", "levelId", rationale, confidence, "updatedAt")
      SELECT uuidv7(), c.id, '${reviewer.id}', (${levels})[1 + (c.position + ${index}) % array_length(${levels}, 1)], 'Geprüft.', 'medium', now()
      FROM "Claim" c WHERE c."teamId" = '${team.id}' AND c.position % 5 = 0`);
  }
  await db.$executeRawUnsafe(`
    INSERT INTO "Comment" (id, "claimId", "authorId", body)
    SELECT uuidv7(), c.id, '${reviewers[2]!.id}', 'Bitte die Quelle prüfen.' FROM "Claim" c WHERE c."teamId" = '${team.id}' AND c.position % 4 = 1`);
  await db.$executeRawUnsafe("ANALYZE");

  const count = async (table: string) => (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`))[0]!.n;
  const sample = async (sql: string) => (await db.$queryRawUnsafe<{ id: string }[]>(sql)).map((row) => row.id);
  return {
    articles: await count("Article"),
    claims: await count("Claim"),
    verdicts: (await count("FinalVerdict")) + (await count("Verdict")),
    comments: await count("Comment"),
    articleIds: await sample(`SELECT id FROM "Article" WHERE "teamId" = '${team.id}' ORDER BY random() LIMIT 2000`),
    claimIds: await sample(`SELECT id FROM "Claim" WHERE "teamId" = '${team.id}' ORDER BY random() LIMIT 5000`),
    tokens,
    sized,
  };
}

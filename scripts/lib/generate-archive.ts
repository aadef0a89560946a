// A newsroom archive generated inside PostgreSQL for the load bench: 10,000 articles with 20 claims
// each (plus three with 10, 200 and 1,000), a third of the claims with final verdicts, a fifth rated
// by two reviewers, a quarter commented on, some assigned. Claim offsets match the article text.
//
// Each claim is one sentence built from a speaker, a statement and a figure picked by a hash of its
// article and position (about 300,000 wordings), so, as in a real archive, some claims repeat nearly
// word for word and most do not. (All claims used to read the same; then every claim was related to
// every other, which made the trigram lookups far costlier than on real data.)

const SPEAKERS = ["Die Regierung", "Der Finanzminister", "Die Opposition", "Das Statistikamt", "Die Bundesbank", "Der Kanzler",
  "Die Landesregierung", "Der Arbeitgeberverband", "Die Gewerkschaft", "Die Kommission"];
const STATEMENTS = ["senkte die Steuern um", "erhöhte die Ausgaben für Bildung um", "meldet eine Inflation von", "sagt, der Export sank um",
  "kürzte die Renten um", "steigerte die Investitionen um", "beziffert die Arbeitslosigkeit auf", "erwartet ein Wachstum von",
  "senkte die Energiepreise um", "sagt, die Mieten stiegen um", "hob den Mindestlohn um", "sagt, die Schulden stiegen um"];
const sqlArray = (items: string[]) => `ARRAY['${items.join("','")}']`;
/** SQL for sentence k of article g (both in scope), one of about 300,000. */
const SENTENCE_SQL = `(
  (${sqlArray(SPEAKERS)})[1 + abs(hashtext(g || 's' || k)) % ${SPEAKERS.length}] || ' ' ||
  (${sqlArray(STATEMENTS)})[1 + abs(hashtext(g || 'v' || k)) % ${STATEMENTS.length}] || ' ' ||
  (1 + abs(hashtext(g || 'n' || k)) % 99) || ' Prozent' ||
  CASE WHEN abs(hashtext(g || 'y' || k)) % 26 = 0 THEN '' ELSE ' seit ' || (1999 + abs(hashtext(g || 'y' || k)) % 26) END || '.')`;

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
      WITH s AS (
        SELECT g, k, ${SENTENCE_SQL} AS text FROM generate_series(1, ${count}) g CROSS JOIN generate_series(0, ${claimsEach - 1}) k),
      p AS (
        SELECT g, k, text, coalesce(sum(length(text) + 1) OVER (PARTITION BY g ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS start FROM s),
      b AS (SELECT g, string_agg(text, ' ' ORDER BY k) AS body FROM s GROUP BY g),
      a AS (
        INSERT INTO "Article" (id, "teamId", "outletId", title, body, language, "contentHash", "importedById", "importedAt", "updatedAt", "extractedAt", "publishedAt")
        SELECT uuidv7(), '${team.id}', (SELECT id FROM "Outlet" WHERE "teamId" = '${team.id}' ORDER BY name OFFSET g % 20 LIMIT 1),
               'Artikel ${tag} ' || g, body, 'de', md5('${tag}' || g), '${editor!.id}',
               now() - (g || ' minutes')::interval, now(), now(), now() - (g || ' minutes')::interval
        FROM b RETURNING id, "teamId", "contentHash")
      INSERT INTO "Claim" (id, "teamId", "articleId", "textVersion", start, "end", text, "matchText", kind, checkworthiness, checkworthy, position, language, status, "assigneeId", "updatedAt")
      SELECT uuidv7(), a."teamId", a.id, 1, p.start, p.start + length(p.text), p.text, lower(p.text), 'claim',
             0.2 + (k % 8) * 0.1, k % 4 <> 0, k, 'de', (CASE WHEN k % 3 = 0 THEN 'final' WHEN k % 3 = 1 THEN 'in_review' ELSE 'new' END)::"ClaimStatus",
             CASE WHEN k % 97 = 1 THEN '${admin!.id}'::uuid END, now()
      FROM p JOIN a ON a."contentHash" = md5('${tag}' || p.g)`);

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

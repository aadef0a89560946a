// `npm run bench:search`: search and list pages on a team with 100,000 articles (and 300,000 claims)
// in a throw-away embedded PostgreSQL: first page, a page deep into the results via the keyset
// cursor, with and without words and filters. Prints the median of several runs per query.
import { withThrowawayDatabase } from "./lib/throwaway-database";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const CLAIMS_PER_ARTICLE = 3;
const RUNS = 7;

await withThrowawayDatabase(async () => {
  const { db } = await import("@/lib/server/db/client");
  const { search } = await import("@/lib/server/search/search");
  const { listArticles } = await import("@/lib/server/article/list-articles");
  const { searchInput } = await import("@/lib/validations/search");

  const started = performance.now();
  const team = await db.team.create({ data: { slug: "bench", name: "Bench" } });
  const user = await db.user.create({ data: { email: "bench@bench.invalid", name: "Bench", memberships: { create: { teamId: team.id, role: "admin" } } } });
  const outlet = await db.outlet.create({ data: { teamId: team.id, name: "Bench Zeitung" } });
  // Synthetic German and English news sentences from small word lists, generated inside PostgreSQL.
  await db.$executeRawUnsafe(`
    INSERT INTO "Article" (id, "teamId", "outletId", title, body, language, "contentHash", "importedById", "importedAt", "updatedAt", "extractedAt", "publishedAt")
    SELECT uuidv7(), '${team.id}', CASE WHEN g % 3 = 0 THEN '${outlet.id}'::uuid END,
           'Artikel ' || g,
           (ARRAY['Die Regierung','Der Minister','Die Opposition','Das Statistikamt','The government','The minister'])[1 + g % 6] || ' ' ||
           (ARRAY['senkte die Steuern um','erhöhte die Ausgaben um','meldete ein Wachstum von','cut taxes by','raised spending by'])[1 + g % 5] || ' ' || (g % 97) ||
           ' Prozent. ' || repeat('Weitere Einzelheiten folgen im Laufe des Tages. ', 20),
           (CASE WHEN g % 6 < 4 THEN 'de' ELSE 'en' END)::"Language", md5(g::text), '${user.id}',
           now() - (g || ' minutes')::interval, now(), now(), now() - (g || ' minutes')::interval
    FROM generate_series(1, ${ARTICLES}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Claim" (id, "teamId", "articleId", "textVersion", start, "end", text, "matchText", kind, checkworthiness, checkworthy, position, language, status, "updatedAt")
    SELECT uuidv7(), a."teamId", a.id, 1, 0, 40, split_part(a.body, '.', 1) || '.', lower(split_part(a.body, '.', 1)), 'claim',
           (k * 0.3), k > 1, k, a.language,
           (ARRAY['new','in_review','needs_second_review','final'])[1 + (k + length(a.title)) % 4]::"ClaimStatus", now()
    FROM "Article" a CROSS JOIN generate_series(0, ${CLAIMS_PER_ARTICLE - 1}) k`);
  await db.$executeRawUnsafe(`ANALYZE`);
  console.log(`data: ${ARTICLES.toLocaleString("en")} articles, ${(ARTICLES * CLAIMS_PER_ARTICLE).toLocaleString("en")} claims (${((performance.now() - started) / 1000).toFixed(1)} s to generate)`);

  const actor = { kind: "user" as const, userId: user.id, teamId: team.id, role: "admin" as const, name: "Bench" };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  async function time(label: string, run: () => Promise<unknown>) {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await run();
      runs.push(performance.now() - t0);
    }
    console.log(`${label.padEnd(62)} median ${median(runs).toFixed(1).padStart(7)} ms`);
  }
  // A cursor deep into the results: walk 200 pages once, then time the page there.
  async function deepCursor(query: Record<string, string>) {
    let after: string | undefined;
    for (let page = 0; page < 200; page++) {
      const result = await search({ actor, input: searchInput.parse({ ...query, ...(after && { after }) }) });
      after = result.page.nextCursor ?? after;
    }
    return after!;
  }

  const claimsDeep = await deepCursor({});
  const wordsDeep = await deepCursor({ q: "Steuern" });
  await time("claims, no filter, first page", () => search({ actor, input: searchInput.parse({}) }));
  await time("claims, no filter, page 201 (keyset cursor)", () => search({ actor, input: searchInput.parse({ after: claimsDeep }) }));
  await time('claims, q="Steuern" (German stemming), first page', () => search({ actor, input: searchInput.parse({ q: "Steuern" }) }));
  await time('claims, q="Steuern", page 201', () => search({ actor, input: searchInput.parse({ q: "Steuern", after: wordsDeep }) }));
  await time('claims, q="taxes" + status=final + minCheckworthiness=0.5', () =>
    search({ actor, input: searchInput.parse({ q: "taxes", status: "final", minCheckworthiness: "0.5" }) }));
  await time('articles, q="Regierung", first page', () => search({ actor, input: searchInput.parse({ type: "articles", q: "Regierung" }) }));
  await time(`articles, outlet filter, first page`, () => search({ actor, input: searchInput.parse({ type: "articles", outlet: outlet.id }) }));
  await time("article list (newest first), first page", () => listArticles({ actor, input: { limit: 20 } }));
  await db.$disconnect();
});

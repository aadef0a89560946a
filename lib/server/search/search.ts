import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, Prisma } from "@/lib/server/db/client";
import type { SearchInput } from "@/lib/validations/search";
import { HIT_END, HIT_START, readMarkedSnippet } from "@/lib/domain/search/marked-snippet";

// Full-text search with filters. Matching uses the generated tsvector columns with the German or
// English configuration of each row's language; results come newest first with a keyset cursor on
// the (time-ordered, UUIDv7) id, so a late page costs what the first page costs.

const configOf = Prisma.sql`CASE WHEN x.language = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END`;
// German joins words into compounds ("Pflegestellen", "Pflegereform"): in German rows every word of a plain
// query also finds the compounds it starts ("Pflege" found nothing before: walk of stop 32). A query with
// quotes, "or" or a minus keeps web-search syntax as typed; English matches word forms as before.
const tsQuery = (q: string) => Prisma.sql`(CASE WHEN x.language = 'de' THEN ${germanQuery(q)} ELSE ${englishQuery(q)} END)`;
const englishQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;
function germanQuery(q: string): Prisma.Sql {
  const prefixes = germanPrefixes(q);
  return prefixes ? Prisma.sql`to_tsquery('german', ${prefixes})` : Prisma.sql`websearch_to_tsquery('german', ${q})`;
}

/** "Pflege Sachsen" → "Pflege:* & Sachsen:*"; null for a query with search syntax or without words. */
function germanPrefixes(q: string): string | null {
  if (/"|(?:^|\s)-|\bor\b/i.test(q)) return null;
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((word) => (word.length >= 4 ? `${word}:*` : word)).join(" & ") : null;
}
async function hasSearchableWord(q: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ nodes: number }[]>`SELECT greatest(numnode(${englishQuery(q)}), numnode(${germanQuery(q)})) AS nodes`;
  return (row?.nodes ?? 0) > 0;
}

/**
 * The match condition with a constant query per language, so PostgreSQL can read each language's matches from the
 * GIN index. With the query chosen per row (CASE on the row's language) it could not, and read every claim of the team
 * (newest first) until it had a page: 0.5 s for a word that matches nothing, 12 s for a phrase of stop words at 400,000
 * claims, and a dozen such searches from one viewer held every team's requests (probe of stop 34).
 */
function matching(q: string): Prisma.Sql {
  return Prisma.sql`((x.language = 'de' AND x."searchVector" @@ ${germanQuery(q)}) OR (x.language <> 'de' AND x."searchVector" @@ ${englishQuery(q)}))`;
}

const WHOLE_CLAIM_SNIPPET = 400;

// Hits are marked with HIT_START/HIT_END, taken out of the text first (see marked-snippet.ts).
const headline = (text: Prisma.Sql, q: string, options: string) =>
  Prisma.sql`ts_headline(${configOf}, translate(${text}, ${HIT_START + HIT_END}, ''), ${tsQuery(q)}, ${`StartSel=${HIT_START}, StopSel=${HIT_END}, ${options}`})`;

interface ClaimHit {
  id: string;
  text: string;
  normalizedText: string | null;
  status: string;
  checkworthiness: number;
  /** The desk's switch, which may be set against the engine's estimate. */
  checkworthy: boolean;
  articleId: string;
  articleTitle: string;
  articleLanguage: string;
  verdict: string | null;
  snippet: string | null;
}

interface ArticleHit {
  id: string;
  title: string;
  language: string;
  outlet: string | null;
  importedAt: Date;
  publishedAt: Date | null;
  snippet: string | null;
}

export async function search({ actor, input }: { actor: Actor; input: SearchInput }) {
  authorize(actor, "article.read");
  // A query that holds no searchable word in either language ("*", "!", "the", "der") finds nothing: answered at once.
  // Run, it scanned every claim of the team (1–2 s at 400,000 claims, probe of stop 34) to match none of them.
  if (input.q && !(await hasSearchableWord(input.q))) return { type: input.type, data: [], page: { nextCursor: null } };
  const rows: Array<ClaimHit | ArticleHit> = input.type === "articles" ? await searchArticles(actor, input) : await searchClaims(actor, input);
  const hasMore = rows.length > input.limit;
  // The snippet as plain text, with where its hits are: `highlights` (UTF-16 offsets into `snippet`).
  const data = rows.slice(0, input.limit).map((row) => ({ ...row, ...(row.snippet ? readMarkedSnippet(row.snippet) : { snippet: null, highlights: [] }) }));
  return { type: input.type, data, page: { nextCursor: hasMore ? data.at(-1)!.id : null } };
}

function articleConditions(input: SearchInput, alias: Prisma.Sql) {
  const conditions: Prisma.Sql[] = [];
  if (input.outlet) conditions.push(Prisma.sql`${alias}."outletId" = ${input.outlet}::uuid`);
  if (input.language) conditions.push(Prisma.sql`${alias}.language = ${input.language}::"Language"`);
  if (input.from) conditions.push(Prisma.sql`coalesce(${alias}."publishedAt", ${alias}."importedAt") >= ${new Date(input.from)}`);
  if (input.to) conditions.push(Prisma.sql`coalesce(${alias}."publishedAt", ${alias}."importedAt") < ${endOfDay(input.to)}`);
  return conditions;
}

// A bare date as "to" includes that whole day.
function endOfDay(value: string): Date {
  const date = new Date(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

async function searchClaims(actor: Actor, input: SearchInput): Promise<ClaimHit[]> {
  const where: Prisma.Sql[] = [Prisma.sql`x."teamId" = ${actor.teamId}::uuid`, Prisma.sql`x."mergedIntoId" IS NULL`, ...articleConditions(input, Prisma.sql`a`)];
  if (input.q) where.push(matching(input.q));
  if (input.status) where.push(Prisma.sql`x.status = ${input.status}::"ClaimStatus"`);
  if (input.assignee === "none") where.push(Prisma.sql`x."assigneeId" IS NULL`);
  else if (input.assignee) where.push(Prisma.sql`x."assigneeId" = ${input.assignee === "me" ? actor.userId : input.assignee}::uuid`);
  if (input.minCheckworthiness !== undefined) where.push(Prisma.sql`x.checkworthiness >= ${input.minCheckworthiness}`);
  if (input.verdict === "none") where.push(Prisma.sql`f.id IS NULL`);
  else if (input.verdict) where.push(Prisma.sql`l.key = ${input.verdict}`);
  if (input.after) where.push(Prisma.sql`x.id < ${input.after}::uuid`);
  // A claim of a sentence or two is shown whole: a fragment of it dropped words at either end without a mark, a figure
  // among them ("… die Zahl der Arbeitslosen" for "… um 5.000": walk of stop 36). Longer ones show the part around the hit.
  const claimText = Prisma.sql`coalesce(x."normalizedText", x.text)`;
  const snippet = input.q
    ? Prisma.sql`CASE WHEN length(${claimText}) <= ${WHOLE_CLAIM_SNIPPET} THEN ${headline(claimText, input.q, "HighlightAll=true")} ELSE ${headline(claimText, input.q, "MaxFragments=1, MaxWords=30, MinWords=10")} END`
    : Prisma.sql`NULL`;
  return db.$queryRaw<ClaimHit[]>`
    SELECT x.id, x.text, x."normalizedText", x.status::text AS status, x.checkworthiness, x.checkworthy, a.id AS "articleId", a.title AS "articleTitle", a.language::text AS "articleLanguage",
           l.key AS verdict, ${snippet} AS snippet
    FROM "Claim" x
    JOIN "Article" a ON a.id = x."articleId"
    LEFT JOIN "FinalVerdict" f ON f."claimId" = x.id AND f."reopenedAt" IS NULL
    LEFT JOIN "RatingLevel" l ON l.id = f."levelId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY x.id DESC
    LIMIT ${input.limit + 1}`;
}

async function searchArticles(actor: Actor, input: SearchInput): Promise<ArticleHit[]> {
  const where: Prisma.Sql[] = [Prisma.sql`x."teamId" = ${actor.teamId}::uuid`, ...articleConditions(input, Prisma.sql`x`)];
  if (input.q) where.push(matching(input.q));
  if (input.after) where.push(Prisma.sql`x.id < ${input.after}::uuid`);
  const snippet = input.q
    ? // A pasted article often opens with its headline: the snippet is read after it, so it does not repeat the title shown above it.
      headline(Prisma.sql`CASE WHEN starts_with(x.body, x.title) THEN substr(x.body, length(x.title) + 1, 20000) ELSE left(x.body, 20000) END`, input.q, "MaxFragments=2, MaxWords=25, MinWords=8")
    : Prisma.sql`NULL`;
  return db.$queryRaw<ArticleHit[]>`
    SELECT x.id, x.title, x.language::text AS language, o.name AS outlet, x."importedAt", x."publishedAt", ${snippet} AS snippet
    FROM "Article" x LEFT JOIN "Outlet" o ON o.id = x."outletId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY x.id DESC
    LIMIT ${input.limit + 1}`;
}

export type SearchResult = Awaited<ReturnType<typeof search>>;

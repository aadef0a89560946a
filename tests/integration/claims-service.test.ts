import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { trigramSimilarity, matchText } from "@/lib/domain/text/trigrams";
import { createArticle } from "@/lib/server/article/create-article";
import { articleInclude, getArticle } from "@/lib/server/article/get-article";
import { claimFields } from "@/lib/server/claim/claim-fields";
import { claimArticleSelect, getClaim } from "@/lib/server/claim/get-claim";
import { listMyQueue, queueClaimSelect } from "@/lib/server/claim/list-my-queue";
import { mergeClaims } from "@/lib/server/claim/merge-claims";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { largestNameBonus, rankBySimilarityAndNames } from "@/lib/domain/claims/shared-entities";
import type { Entity } from "@/lib/domain/claims/types";
import { findRelatedClaims } from "@/lib/server/claim/find-related-claims";
import { db, Prisma } from "@/lib/server/db/client";
import { rawRows } from "@/lib/server/db/raw-rows";
import { createArticleInput } from "@/lib/validations/article";
import { createTestTeam, type TestTeam } from "../support/factory";

let team: TestTeam;
let other: TestTeam;

beforeAll(async () => {
  team = await createTestTeam("claims");
  other = await createTestTeam("claims-other");
});

const sample = (file: string) => readFileSync(path.join(import.meta.dirname, "../../prisma/seed", file), "utf8");
const importText = (t: TestTeam, text: string, title = "Claims test") =>
  createArticle({ actor: t.actors.editor, input: createArticleInput.parse({ title, text }) });
const claimsOf = (articleId: string) => db.claim.findMany({ where: { articleId }, orderBy: { position: "asc" } });

describe("import runs the claim engine", () => {
  it("stores claims and quotes with exact offsets, opinions as not check-worthy, and no boilerplate", async () => {
    const text = sample("article-2-lavrov-jaishankar-arms.de.txt");
    const created = await importText(team, text, "Lawrow und Jaishankar");
    const claims = await claimsOf(created.id);
    expect(created.claimCount).toBe(claims.length);
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) {
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(["claim", "quote", "opinion"]).toContain(claim.kind);
      if (claim.kind === "opinion") expect(claim.checkworthy).toBe(false);
    }
    expect(claims.map((claim) => claim.position)).toEqual(claims.map((_, index) => index));
    const oil = claims.find((claim) => claim.text.startsWith("Laut dem russischen Energieminister"))!;
    expect(oil).toMatchObject({ kind: "claim", checkworthy: true, claimantText: "Alexander Nowak", anchorState: "ok" });
    expect(text.slice(oil.claimantStart!, oil.claimantEnd!)).toBe("Alexander Nowak");
    expect(oil.reasons).toContain("superlative: zweitgrößte ↑");
  });

  it("agrees with PostgreSQL's pg_trgm on similarity", async () => {
    const pairs = [
      ["Indien ist der zweitgrößte Abnehmer von russischem Öl.", "Indien ist nach China zweitgrößter Käufer russischen Öls."],
      ["India buys 40% of Russia's oil exports", "Russia's oil: India buys about 40 percent"],
    ];
    for (const [a, b] of pairs) {
      const [row] = await db.$queryRaw<{ s: number }[]>`SELECT similarity(${matchText(a!)}, ${matchText(b!)})::float8 AS s`;
      expect(trigramSimilarity(a!, b!)).toBeCloseTo(row!.s, 5);
    }
  });
});

describe("an article's claims", () => {
  it("are read by SQL exactly as the Prisma queries would read them, with the article (every field, type and order)", async () => {
    const article = await createArticle({
      actor: team.actors.editor,
      input: createArticleInput.parse({ title: `Felder ${Date.now()}`, outlet: "Feldblatt", url: "https://feldblatt.example/a", text: "Laut Ministerin Anna Müller senkte die Regierung 2025 die Steuern um 3 Prozent. Der Export fiel um 2 Prozent. „Das ist falsch“, sagte Nowak." }),
    });
    const claims = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" } });
    await updateClaim({ actor: team.actors.editor, id: claims[0]!.id, input: { version: claims[0]!.version, normalizedText: "Die Steuern sanken.", assigneeId: team.actors.reviewer.userId } });
    await mergeClaims({ actor: team.actors.editor, input: { claims: [{ id: claims[1]!.id, version: claims[1]!.version }, { id: claims[2]!.id, version: claims[2]!.version }] } }).catch(() => {});
    const viaPrisma = await db.claim.findMany({ where: { articleId: article.id, mergedIntoId: null }, orderBy: { position: "asc" }, select: claimFields });
    const { claims: viaSql, ...articleViaSql } = await getArticle({ actor: team.actors.viewer, id: article.id });
    expect(viaSql).toEqual(viaPrisma);
    const { teamId: _team, contentHash: _hash, ...articleViaPrisma } = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: articleInclude });
    expect(articleViaSql).toEqual(articleViaPrisma);
    expect(articleViaSql.importedBy).toEqual({ id: team.actors.editor.userId, name: team.actors.editor.name });
    expect(viaSql.some((claim) => claim.touchedAt instanceof Date && claim.assigneeId)).toBe(true);
  });
});

describe("one claim", () => {
  it("is read by SQL exactly as the Prisma query would read it, with its article and outlet (every field and type)", async () => {
    const withOutlet = await importText(team, "Laut Ministerin Anna Müller senkte die Regierung 2025 die Steuern um 3 Prozent.");
    const [claim] = await claimsOf(withOutlet.id);
    await updateClaim({ actor: team.actors.editor, id: claim!.id, input: { version: claim!.version, normalizedText: "Die Steuern sanken.", assigneeId: team.actors.reviewer.userId } });
    const withoutOutlet = await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: `Ohne Blatt ${Date.now()}`, text: "Der Export fiel 2024 um 2 Prozent." }) });
    const [bare] = await claimsOf(withoutOutlet.id);
    for (const id of [claim!.id, bare!.id]) {
      const { related, ...viaSql } = await getClaim({ actor: team.actors.viewer, id });
      const viaPrisma = await db.claim.findUniqueOrThrow({ where: { id }, select: { ...claimFields, article: claimArticleSelect } });
      expect(viaSql).toEqual(viaPrisma);
      expect(related.threshold).toBeGreaterThan(0);
    }
    await expect(getClaim({ actor: team.actors.viewer, id: "not-a-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the review queue", () => {
  it("is read by SQL exactly as the Prisma query would read it (every field, type and key order), most check-worthy first", async () => {
    const article = await importText(team, "Laut Ministerin Anna Müller senkte die Regierung 2025 die Steuern um 3 Prozent. Der Export fiel 2024 um 2 Prozent. Die Inflation stieg 2023 auf 6 Prozent.");
    const claims = await claimsOf(article.id);
    for (const claim of claims) {
      await updateClaim({ actor: team.actors.editor, id: claim.id, input: { version: claim.version, assigneeId: team.actors.reviewer.userId } });
    }
    const reviewer = team.actors.reviewer;
    const viaSql = await listMyQueue({ actor: reviewer });
    const viaPrisma = await db.claim.findMany({
      where: { teamId: reviewer.teamId, assigneeId: reviewer.userId, mergedIntoId: null, status: { in: ["new", "in_review", "needs_second_review"] } },
      orderBy: [{ checkworthiness: "desc" }, { createdAt: "asc" }],
      take: 200,
      select: queueClaimSelect,
    });
    expect(viaSql.length).toBeGreaterThanOrEqual(claims.length);
    // Claims imported together share createdAt, so equally check-worthy ones may come in either order.
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(JSON.stringify(byId(viaSql))).toBe(JSON.stringify(byId(viaPrisma)));
    expect(byId(viaSql)).toEqual(byId(viaPrisma));
    expect(viaSql.map((claim) => claim.checkworthiness)).toEqual(viaPrisma.map((claim) => claim.checkworthiness));
    expect(viaSql[0]!.updatedAt).toBeInstanceOf(Date);
  });
});

describe("updateClaim", () => {
  it("saves the wording, marks the claim touched and refuses a stale version with the current state", async () => {
    const created = await importText(team, "Die Regierung senkte am 3. Mai die Mehrwertsteuer auf 7 Prozent.");
    const [claim] = await claimsOf(created.id);
    const updated = await updateClaim({
      actor: team.actors.reviewer,
      id: claim!.id,
      input: { version: claim!.version, normalizedText: "The government cut VAT to 7% on 3 May." },
    });
    expect(updated).toMatchObject({ version: claim!.version + 1, normalizedText: "The government cut VAT to 7% on 3 May." });
    expect(updated.touchedAt).not.toBeNull();
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim!.id } });
    expect(stored.text).toBe(claim!.text);
    expect(stored.matchText).toBe("the government cut vat to 7 on 3 may");

    const stale = updateClaim({ actor: team.actors.editor, id: claim!.id, input: { version: claim!.version, excluded: true } });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: { version: claim!.version + 1 } } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim!.id } })).excluded).toBe(false);
  });

  it("lets exactly one of two simultaneous edits of the same version through", async () => {
    const created = await importText(team, "Der Konzern entließ im Juni 4.000 Beschäftigte in Bayern.");
    const [claim] = await claimsOf(created.id);
    const results = await Promise.allSettled(
      ["A", "B"].map((label) =>
        updateClaim({ actor: team.actors.reviewer, id: claim!.id, input: { version: claim!.version, normalizedText: label } }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("is refused for viewers and invisible to other teams", async () => {
    const created = await importText(team, "Berlin meldete 2025 einen Rekord von 13 Millionen Touristen.");
    const [claim] = await claimsOf(created.id);
    await expect(updateClaim({ actor: team.actors.viewer, id: claim!.id, input: { version: 1, excluded: true } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateClaim({ actor: other.actors.editor, id: claim!.id, input: { version: 1, excluded: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClaim({ actor: other.actors.viewer, id: claim!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("related claims", () => {
  it("finds similar claims in the team's other articles, never in the same article or another team", async () => {
    const stamp = Date.now();
    const a = await importText(team, `Indien ist nach China der zweitgrößte Abnehmer von russischem Öl. (${stamp}a)`);
    const b = await importText(team, `Nach China ist Indien der zweitgrößte Abnehmer russischen Öls, sagte Nowak. (${stamp}b)`);
    await importText(other, `Indien ist nach China der zweitgrößte Abnehmer von russischem Öl. (${stamp}c)`);
    const [claimA] = await claimsOf(a.id);
    const [claimB] = await claimsOf(b.id);

    const detail = await getClaim({ actor: team.actors.viewer, id: claimA!.id });
    const related = detail.related.claims.find((claim) => claim.id === claimB!.id);
    expect(related).toMatchObject({ articleId: b.id, sharedEntities: expect.arrayContaining(["Indien", "China"]) });
    expect(related!.score).toBeGreaterThanOrEqual(detail.related.threshold);
    expect(related!.score).toBeGreaterThan(related!.similarity);
    const teams = await db.claim.findMany({ where: { id: { in: detail.related.claims.map((claim) => claim.id) } }, select: { teamId: true, articleId: true } });
    expect(teams.every((claim) => claim.teamId === team.teamId && claim.articleId !== a.id)).toBe(true);

    const strict = await getClaim({ actor: team.actors.viewer, id: claimA!.id, relatedThreshold: 0.99 });
    expect(strict.related.claims.find((claim) => claim.id === claimB!.id)).toBeUndefined();
  });

  it("reads only as many candidates as give the answer reading 100 would give, for claims with and without names", async () => {
    const stamp = Date.now();
    const sentence = (i: number) =>
      i % 3 === 0
        ? `Indien kaufte ${2000 + i} rund ${i + 3} Millionen Barrel Öl aus Russland und China.`
        : `Der Ölpreis stieg ${2000 + i} um ${i + 3} Prozent auf ein Rekordhoch.`;
    for (let article = 0; article < 6; article++) {
      await importText(team, Array.from({ length: 10 }, (_, k) => sentence(article * 10 + k)).join(" ") + ` (${stamp}-${article})`);
    }
    const probe = await importText(team, `Indien kaufte 1999 rund 2 Millionen Barrel Öl aus Russland. Der Ölpreis stieg 1999 um 2 Prozent auf ein Rekordhoch. (${stamp})`);
    const probes = await db.claim.findMany({ where: { articleId: probe.id }, orderBy: { position: "asc" } });
    expect(probes.map((claim) => largestNameBonus(claim.entities as unknown as Entity[]))).toEqual([0.2, 0]);

    for (const claim of probes) {
      for (const threshold of [0.3, 0.4, 0.6]) {
        const query = { teamId: team.teamId, articleId: probe.id, matchText: claim.matchText, entities: claim.entities as unknown as Entity[], threshold };
        const floor = Math.max(0.05, threshold - 0.3 - 0.0005);
        const hundred = await rawRows<Parameters<typeof rankBySimilarityAndNames>[0][number]>(Prisma.sql`
          SELECT * FROM factdesk_related_claim_candidates(${team.teamId}::uuid, ${probe.id}::uuid, ${claim.matchText}, ${String(floor)}, 100)`);
        const expected = rankBySimilarityAndNames(hundred, query, 10);
        if (threshold === 0.3) expect(expected).toHaveLength(10);
        expect(await findRelatedClaims(query), `${claim.text} at ${threshold}`).toEqual(expected);
      }
    }
  });

  it("uses the team's configured threshold", async () => {
    await db.team.update({ where: { id: other.teamId }, data: { settings: { relatedClaimThreshold: 0.9 } } });
    const created = await importText(other, `Schwelle ${Date.now()}: Die Bahn transportierte 2024 genau 1,9 Milliarden Fahrgäste.`);
    const [claim] = await claimsOf(created.id);
    expect((await getClaim({ actor: other.actors.viewer, id: claim!.id })).related.threshold).toBe(0.9);
  });
});

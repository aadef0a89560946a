import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// Found by the hostile probe of stop 27: marks sent at the same moment both saved (overlapping claims),
// a mark that raced a text edit was saved against the old text, a split racing a text edit deadlocked
// (500), and a split brought an excluded or merged-away claim back as a new one.

let team: TestTeam;
let editor: string;
let reviewer: string;

beforeAll(async () => {
  team = await createTestTeam("claim-races");
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  reviewer = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
});

type Loaded = { id: string; body: string; textVersion: number; version: number; claims: { id: string; start: number; end: number; text: string; version: number; anchorState: string; textVersion: number }[] };

async function article(text: string): Promise<Loaded> {
  const created = await api("/api/v1/articles", { cookie: editor, json: { title: `Race ${Date.now()}`, text } });
  expect(created.status).toBe(201);
  return load(created.body.data.id);
}
async function load(id: string): Promise<Loaded> {
  return (await api(`/api/v1/articles/${id}`, { cookie: reviewer })).body.data as Loaded;
}

/** Every claim anchored in the current text reads its own span, and no two of them overlap. */
async function expectConsistent(id: string) {
  const current = await load(id);
  const anchored = current.claims.filter((claim) => claim.anchorState !== "orphaned").sort((a, b) => a.start - b.start);
  for (const claim of anchored) {
    expect(claim.textVersion).toBe(current.textVersion);
    expect(current.body.slice(claim.start, claim.end)).toBe(claim.text);
  }
  for (let i = 1; i < anchored.length; i++) expect(anchored[i]!.start).toBeGreaterThanOrEqual(anchored[i - 1]!.end);
}

// Each article's text is new: the team refuses a second article with exactly the same text.
const questions = (n: number) => `Runde ${Date.now()}-${Math.random()}. ` + Array.from({ length: n }, (_, i) => `Stimmt es, dass Nummer ${i} gewann?`).join(" ");

describe("claims changed at the same moment", () => {
  it("saves one of two overlapping marks sent at once and refuses the other with 409", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await article(`Probe ${round}? Wer hat 3 Millionen Euro bekommen? Warum stieg der Preis um 5 Prozent?`);
      const first = a.body.indexOf("Wer");
      const second = a.body.indexOf("Euro");
      const answers = await Promise.all([
        api("/api/v1/claims", { cookie: editor, json: { articleId: a.id, start: first, end: a.body.indexOf("?", first) + 1, textVersion: a.textVersion } }),
        api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: second, end: a.body.length, textVersion: a.textVersion } }),
        api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: second, end: a.body.length, textVersion: a.textVersion } }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
      await expectConsistent(a.id);
    }
  });

  it("never saves a mark against text an edit replaced at the same moment", async () => {
    for (let round = 0; round < 4; round++) {
      const a = await article(questions(80));
      const at = a.body.indexOf("Stimmt es, dass Nummer 40");
      const [edit, mark] = await Promise.all([
        api(`/api/v1/articles/${a.id}`, { cookie: editor, method: "PATCH", json: { version: a.version, text: `Neuer Anfang. ${a.body}` } }),
        new Promise((resolve) => setTimeout(resolve, round * 15)).then(() =>
          api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: at, end: a.body.indexOf("?", at) + 1, textVersion: a.textVersion } }),
        ),
      ]);
      expect(edit.status, JSON.stringify(edit.body)).toBe(200);
      expect([201, 409]).toContain(mark.status);
      await expectConsistent(a.id);
    }
  });

  it("answers a split that races a text edit with success or 409, never 500", async () => {
    for (let round = 0; round < 4; round++) {
      const a = await article(questions(150));
      const start = a.body.indexOf("Stimmt es, dass Nummer 70");
      const end = a.body.indexOf("?", start) + 1;
      const marked = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start, end, textVersion: a.textVersion } });
      expect(marked.status, JSON.stringify(marked.body)).toBe(201);
      const [split, edit] = await Promise.all([
        api(`/api/v1/claims/${marked.body.data.id}/split`, { cookie: reviewer, json: { version: marked.body.data.version, at: a.body.indexOf("Nummer 70") } }),
        api(`/api/v1/articles/${a.id}`, { cookie: editor, method: "PATCH", json: { version: a.version, text: `Neuer Anfang. ${a.body}` } }),
      ]);
      expect([200, 409], JSON.stringify(split.body)).toContain(split.status);
      expect([200, 409], JSON.stringify(edit.body)).toContain(edit.status);
      await expectConsistent(a.id);
    }
  });
});

describe("what a split may cut", () => {
  it("refuses an excluded or merged-away claim, and answers a stale version with 409 before anything else", async () => {
    const a = await article(`Kopf ${Date.now()}\n\nDie Preise stiegen um 3 Prozent. Die Löhne stiegen um 2 Prozent. Die Mieten stiegen um 4 Prozent.`);
    const [prices, wages, rents] = a.claims;
    const excluded = await api(`/api/v1/claims/${rents!.id}`, { cookie: editor, method: "PATCH", json: { version: rents!.version, excluded: true, exclusionReason: "not_a_claim" } });
    expect(excluded.status).toBe(200);
    const splitExcluded = await api(`/api/v1/claims/${rents!.id}/split`, { cookie: reviewer, json: { version: excluded.body.data.version, at: a.body.indexOf("stiegen um 4") } });
    expect(splitExcluded.status).toBe(409);
    expect(splitExcluded.body.error.message).toBe("This claim is excluded; include it again before splitting it.");

    const merged = await api("/api/v1/claims/merge", { cookie: reviewer, json: { claims: [{ id: prices!.id, version: prices!.version }, { id: wages!.id, version: wages!.version }] } });
    expect(merged.status).toBe(200);
    const absorbed = await db.claim.findUniqueOrThrow({ where: { id: wages!.id } });
    const splitMerged = await api(`/api/v1/claims/${wages!.id}/split`, { cookie: reviewer, json: { version: absorbed.version, at: a.body.indexOf("stiegen um 2") } });
    expect(splitMerged.status).toBe(409);

    // The merged claim reads both sentences: its wording covers the second too.
    const joined = await db.claim.findUniqueOrThrow({ where: { id: prices!.id } });
    expect(joined.suggestedWording).toContain("Die Löhne stiegen um 2 Prozent");

    const stale = await api(`/api/v1/claims/${prices!.id}/split`, { cookie: reviewer, json: { version: prices!.version, at: 999_999 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.version).toBe(joined.version);
  });

  it("keeps words on both sides, clears the reviewers' wording of the whole, and refuses a mark inside a flag or before an accent", async () => {
    const a = await article(`Kopf ${Date.now()}\n\nDer Bund zahlt 3 Milliarden Euro mehr – \u200b\u2060 !!! Die Flagge 🇩🇪 ist bekannt, sagte e\u0301in Sprecher.`);
    const claim = a.claims.find((c) => c.text.startsWith("Der Bund"))!;
    const worded = await api(`/api/v1/claims/${claim.id}`, { cookie: reviewer, method: "PATCH", json: { version: claim.version, normalizedText: "Der Bund zahlt 3 Mrd. Euro mehr." } });
    expect(worded.status).toBe(200);
    const noWords = await api(`/api/v1/claims/${claim.id}/split`, { cookie: reviewer, json: { version: worded.body.data.version, at: a.body.indexOf("–") } });
    expect(noWords.status).toBe(400);
    const split = await api(`/api/v1/claims/${claim.id}/split`, { cookie: reviewer, json: { version: worded.body.data.version, at: a.body.indexOf("3 Milliarden") } });
    expect(split.status).toBe(200);
    expect(split.body.data.first.normalizedText).toBeNull();

    const flag = a.body.indexOf("🇩🇪") + 2;
    const inFlag = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: flag, end: a.body.length, textVersion: a.textVersion } });
    expect(inFlag.status).toBe(400);
    const accent = a.body.indexOf("\u0301");
    const beforeAccent = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: accent, end: a.body.length, textVersion: a.textVersion } });
    expect(beforeAccent.status).toBe(400);
  });

  it("refuses a reviewers' wording of only invisible characters", async () => {
    const a = await article(`Kopf ${Date.now()}\n\nDie Preise stiegen um 3 Prozent.`);
    const claim = a.claims[0]!;
    for (const invisible of ["\u200b\u200f", "\u202e", "\u2060 \u00a0"]) {
      const answer = await api(`/api/v1/claims/${claim.id}`, { cookie: reviewer, method: "PATCH", json: { version: claim.version, normalizedText: invisible } });
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toBe("The wording cannot be empty; send null to use the verbatim text.");
    }
  });
});

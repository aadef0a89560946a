import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// Hostile probe of stop 29: review work sent while a text edit ran was lost or misplaced. A comment on a
// claim the edit replaced answered 500 (foreign key), or the commented claim stayed on stale offsets beside
// a fresh copy; a final verdict given during an edit that reworded its sentence moved onto the new words
// and was published. Review writes now take a share lock on the article row that the edit updates first.

let team: TestTeam;
let editor: string;
let reviewer: string;

beforeAll(async () => {
  team = await createTestTeam("review-races");
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  reviewer = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
});

type Loaded = { id: string; body: string; version: number; textVersion: number; claims: { id: string; start: number; end: number; text: string; version: number; status: string; anchorState: string; textVersion: number }[] };
const load = async (id: string): Promise<Loaded> => (await api(`/api/v1/articles/${id}`, { cookie: reviewer })).body.data as Loaded;
async function article(text: string): Promise<Loaded> {
  const created = await api("/api/v1/articles", { cookie: editor, json: { title: `Races ${Date.now()}`, text, language: "en" } });
  expect(created.status, created.text).toBe(201);
  return load(created.body.data.id);
}
const cities = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `The city of Town${i} ${tag} spent ${i + 3} million euros on roads in 2023.`).join(" ");

/** Every claim in the text reads its own span at the article's text version. */
async function expectConsistent(id: string) {
  const current = await load(id);
  for (const claim of current.claims.filter((c) => c.anchorState !== "orphaned")) {
    expect(claim.textVersion).toBe(current.textVersion);
    expect(current.body.slice(claim.start, claim.end)).toBe(claim.text);
  }
  return current;
}

describe("review work sent during a text edit", () => {
  it("keeps every comment that was saved, on a claim that reads its own text, and never answers 500", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await article(cities(150, `r${round}-${Date.now()}`));
      const targets = a.claims.slice(40, 55);
      const [edit, ...comments] = await Promise.all([
        api(`/api/v1/articles/${a.id}`, { cookie: editor, method: "PATCH", json: { version: a.version, text: `A new first sentence. ${a.body}` } }),
        ...targets.map((claim, i) =>
          new Promise((resolve) => setTimeout(resolve, i * 3)).then(() => api(`/api/v1/claims/${claim.id}/comments`, { cookie: reviewer, json: { body: `Check ${i}` } })),
        ),
      ]);
      expect(edit.status, edit.text).toBe(200);
      for (const answer of comments) expect([201, 404], answer.text).toContain(answer.status);
      const current = await expectConsistent(a.id);
      // A comment that was saved is on a claim that is still there, in the current text.
      const saved = comments.filter((answer) => answer.status === 201).map((answer) => answer.body.data.id as string);
      const rows = await db.comment.findMany({ where: { id: { in: saved } }, select: { claimId: true } });
      expect(rows).toHaveLength(saved.length);
      for (const row of rows) expect(current.claims.some((claim) => claim.id === row.claimId && claim.anchorState !== "orphaned")).toBe(true);
    }
  });

  it("never moves a final verdict given during the edit onto the reworded sentence", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await article(cities(60, `f${round}-${Date.now()}`));
      const targets = a.claims.slice(20, 28);
      for (const [i, claim] of targets.entries()) {
        const cited = await api(`/api/v1/claims/${claim.id}/sources`, { cookie: editor, json: { url: `https://stats.example/r${round}/${i}`, stance: "refutes" } });
        expect(cited.status, cited.text).toBe(201);
      }
      const before = await load(a.id);
      const reworded = before.body.replace(/spent (2[3-9]|30) million/g, "spent $1 thousand");
      const [edit, ...finals] = await Promise.all([
        api(`/api/v1/articles/${a.id}`, { cookie: editor, method: "PATCH", json: { version: before.version, text: reworded } }),
        ...targets.map((target) => {
          const claim = before.claims.find((c) => c.id === target.id)!;
          return api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: editor, json: { level: "false", rationale: "Wrong.", claimVersion: claim.version } });
        }),
      ]);
      expect(edit.status, edit.text).toBe(200);
      for (const answer of finals) expect([201, 404, 409], answer.text).toContain(answer.status);
      const current = await expectConsistent(a.id);
      // Each final claim still holds the words it was rated on: in the text verbatim, or orphaned with them.
      for (const target of targets) {
        const claim = current.claims.find((c) => c.id === target.id);
        if (claim?.status !== "final") continue;
        expect(claim.text).toBe(target.text);
        if (claim.anchorState !== "orphaned") expect(current.body.slice(claim.start, claim.end)).toBe(target.text);
      }
    }
  });
});

describe("re-anchoring after an edit", () => {
  it("never takes a sentence that stood unchanged in the old text, and keeps its flag until the wording is saved", async () => {
    const tag = Date.now();
    const a = await article(`Report ${tag}.\n\nThe city of Bremen spent 50 million euros on buses in 2023.\n\nThe city of Bremen spent 170 million euros on buses in 2023.\n\nThe port handled 5 million containers.`);
    const fifty = a.claims.find((claim) => claim.text.includes("50 million"))!;
    expect((await api(`/api/v1/claims/${fifty.id}/comments`, { cookie: reviewer, json: { body: "Source?" } })).status).toBe(201);

    let current = await load(a.id);
    const edited = current.body.replace("50 million", "55 million");
    expect((await api(`/api/v1/articles/${a.id}`, { cookie: editor, method: "PATCH", json: { version: current.version, text: edited } })).status).toBe(200);
    current = await expectConsistent(a.id);
    let claim = current.claims.find((c) => c.id === fifty.id)!;
    expect(claim).toMatchObject({ anchorState: "reanchored", text: "The city of Bremen spent 55 million euros on buses in 2023." });

    // An edit elsewhere finds it verbatim, but nobody has checked it yet: the flag stays.
    expect((await api(`/api/v1/articles/${a.id}`, { cookie: editor, method: "PATCH", json: { version: current.version, text: `${edited} The end.` } })).status).toBe(200);
    current = await expectConsistent(a.id);
    claim = current.claims.find((c) => c.id === fifty.id)!;
    expect(claim.anchorState).toBe("reanchored");
    const saved = await api(`/api/v1/claims/${claim.id}`, { cookie: reviewer, method: "PATCH", json: { version: claim.version, normalizedText: "Bremen spent 55 million euros on buses in 2023" } });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.data.anchorState).toBe("ok");

    // Reworded past recognition ("50 million" → "a few thousand"): orphaned, not moved onto "170 million".
    const b = await article(`Second ${tag}.\n\nThe city of Bremen spent 50 million euros on buses in 2023.\n\nThe city of Bremen spent 170 million euros on buses in 2023.`);
    const rated = b.claims.find((c) => c.text.includes("50 million"))!;
    expect((await api(`/api/v1/claims/${rated.id}/comments`, { cookie: reviewer, json: { body: "Source?" } })).status).toBe(201);
    const text = b.body.replace("spent 50 million euros on buses", "spent a few thousand on bus stops");
    expect((await api(`/api/v1/articles/${b.id}`, { cookie: editor, method: "PATCH", json: { version: b.version, text } })).status).toBe(200);
    const after = (await expectConsistent(b.id)).claims.find((c) => c.id === rated.id)!;
    expect(after.text).not.toContain("170 million");
  });
});

describe("assignments", () => {
  it("lets a reviewer take only a claim nobody has, so an editor's assignment cannot be undone by taking and giving back", async () => {
    const a = await article(`Assignments ${Date.now()}. The city spent 9 million euros on parks in 2023.`);
    const claim = a.claims.find((c) => c.text.includes("9 million"))!;
    const editorId = team.actors.editor.userId;
    const assigned = await api(`/api/v1/claims/${claim.id}`, { cookie: editor, method: "PATCH", json: { version: claim.version, assigneeId: editorId } });
    expect(assigned.status, assigned.text).toBe(200);
    const taken = await api(`/api/v1/claims/${claim.id}`, { cookie: reviewer, method: "PATCH", json: { version: assigned.body.data.version, assigneeId: team.actors.reviewer.userId } });
    expect(taken.status).toBe(403);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).assigneeId).toBe(editorId);
  });
});

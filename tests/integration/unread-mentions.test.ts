import { beforeAll, describe, expect, it } from "vitest";
import { addTeamMember, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";
import { db } from "@/lib/server/db/client";

// The inbox badge: how many mentions of me are unread, in my current team only, and "mark all read".

let team: TestTeam;
let other: TestTeam;
let second: { userId: string; cookie: string };
const cookies = {} as Record<"editor" | "reviewer" | "other", string>;

beforeAll(async () => {
  team = await createTestTeam("unread");
  other = await createTestTeam("unread-other");
  cookies.editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  cookies.reviewer = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
  cookies.other = (await signIn(other.emails.editor, TEST_PASSWORD)).cookie!;
  const member = await addTeamMember(team, "reviewer", "unread-second");
  second = { userId: member.actor.userId, cookie: (await signIn(member.email, TEST_PASSWORD)).cookie! };
});

const unread = async (cookie: string) => {
  const response = await api("/api/v1/me/inbox/unread", { cookie });
  expect(response.status).toBe(200);
  return response.body.data.count as number;
};

async function claimIn(cookie: string) {
  const created = await api("/api/v1/articles", { cookie, json: { title: `Unread ${Date.now()}`, text: `Die Preise stiegen ${Date.now()} um 3 Prozent.` } });
  expect(created.status).toBe(201);
  return (await api(`/api/v1/articles/${created.body.data.id}`, { cookie })).body.data.claims[0].id as string;
}

const mention = (cookie: string, claimId: string, userId: string, text: string) =>
  api(`/api/v1/claims/${claimId}/comments`, { cookie, json: { body: `@[Someone](${userId}) ${text}` } });

describe("unread mentions", () => {
  it("counts unread mentions of the signed-in person only, and marks all of them read", async () => {
    const claimId = await claimIn(cookies.editor);
    expect(await unread(cookies.editor)).toBe(0);
    expect((await mention(cookies.reviewer, claimId, team.actors.editor.userId, "one")).status).toBe(201);
    expect((await mention(cookies.reviewer, claimId, team.actors.editor.userId, "two")).status).toBe(201);
    expect((await mention(cookies.reviewer, claimId, second.userId, "for the second reviewer")).status).toBe(201);
    expect(await unread(cookies.editor)).toBe(2);
    expect(await unread(second.cookie)).toBe(1);
    // Mentioning oneself is no mention.
    await mention(cookies.editor, claimId, team.actors.editor.userId, "note to self");
    expect(await unread(cookies.editor)).toBe(2);

    const marked = await api("/api/v1/me/inbox/read", { cookie: cookies.editor, json: {} });
    expect(marked.status).toBe(200);
    expect(marked.body.data.marked).toBe(2);
    expect(await unread(cookies.editor)).toBe(0);
    // Someone else's mentions stay unread.
    expect(await unread(second.cookie)).toBe(1);
  });

  // Hostile probe of stop 45: an edit that took the mention out left the inbox entry, unread.
  it("takes an inbox entry away when an edit takes its mention out, and adds one for a mention edited in", async () => {
    const claimId = await claimIn(cookies.editor);
    const before = await unread(second.cookie);
    const posted = await mention(cookies.reviewer, claimId, second.userId, "please look");
    expect(posted.status).toBe(201);
    expect(await unread(second.cookie)).toBe(before + 1);
    const editorBefore = await unread(cookies.editor);
    const edited = await api(`/api/v1/comments/${posted.body.data.id}`, { cookie: cookies.reviewer, method: "PATCH", json: { body: `@[Someone](${team.actors.editor.userId}) please look` } });
    expect(edited.status).toBe(200);
    expect(await unread(second.cookie)).toBe(before);
    expect(await unread(cookies.editor)).toBe(editorBefore + 1);
    const inbox = (await api("/api/v1/me/inbox", { cookie: second.cookie })).body.data as { comment?: { id: string }; commentId?: string }[];
    expect(JSON.stringify(inbox)).not.toContain(posted.body.data.id);
    await api("/api/v1/me/inbox/read", { cookie: cookies.editor, json: {} });
  });

  // Re-probe of stop 45: an unrelated edit dropped the mention of a member disabled at that moment, for good.
  it("keeps a mention of a member disabled meanwhile through an edit of the comment", async () => {
    const claimId = await claimIn(cookies.editor);
    const member = await addTeamMember(team, "reviewer", "unread-disabled");
    const posted = await mention(cookies.reviewer, claimId, member.actor.userId, "check this");
    expect(posted.status).toBe(201);
    await db.membership.updateMany({ where: { teamId: team.teamId, userId: member.actor.userId }, data: { disabledAt: new Date() } });
    const edited = await api(`/api/v1/comments/${posted.body.data.id}`, { cookie: cookies.reviewer, method: "PATCH", json: { body: `${posted.body.data.body} please!` } });
    expect(edited.status).toBe(200);
    expect(edited.body.data.body).toContain(`(${member.actor.userId})`);
    expect(await db.mention.count({ where: { commentId: posted.body.data.id, userId: member.actor.userId } })).toBe(1);
    await db.membership.updateMany({ where: { teamId: team.teamId, userId: member.actor.userId }, data: { disabledAt: null } });
  });

  // Hostile probe of stop 45: past the 100 newest, mentions could not be listed.
  it("lists the inbox a page at a time, newest first, and explains a bad cursor", async () => {
    const claimId = await claimIn(cookies.editor);
    for (const text of ["p1", "p2", "p3"]) expect((await mention(cookies.reviewer, claimId, second.userId, text)).status).toBe(201);
    const first = await api("/api/v1/me/inbox?limit=2", { cookie: second.cookie });
    expect(first.status).toBe(200);
    expect(first.body.data.map((entry: { comment: { text: string } }) => entry.comment.text.split(" ").at(-1))).toEqual(["p3", "p2"]);
    const rest = await api(`/api/v1/me/inbox?limit=2&before=${first.body.next}`, { cookie: second.cookie });
    expect(rest.body.data[0].comment.text).toMatch(/p1$/);
    const all = (await api("/api/v1/me/inbox", { cookie: second.cookie })).body;
    expect(all.next).toBeNull();
    for (const bad of ["limit=0", "limit=101", "before=nope", "after=x"]) expect((await api(`/api/v1/me/inbox?${bad}`, { cookie: second.cookie })).status, bad).toBe(400);
    await api("/api/v1/me/inbox/read", { cookie: second.cookie, json: {} });
  });

  it("keeps other teams out: their mentions never count, and their ids cannot be mentioned into ours", async () => {
    const ours = await claimIn(cookies.editor);
    const theirs = await claimIn(cookies.other);
    // Someone from another team is not a member here: no inbox entry for them.
    await mention(cookies.reviewer, ours, other.actors.editor.userId, "outsider");
    expect(await unread(cookies.other)).toBe(0);
    // Our editor is not a member there either.
    await mention(cookies.other, theirs, team.actors.editor.userId, "hello from elsewhere");
    expect(await unread(cookies.editor)).toBe(0);
    // Marking read in another team touches nothing of ours.
    await mention(cookies.reviewer, ours, team.actors.editor.userId, "still unread");
    await api("/api/v1/me/inbox/read", { cookie: cookies.other, json: {} });
    expect(await unread(cookies.editor)).toBe(1);
  });

  it("answers 401 without a session and shows the count in the navigation", async () => {
    expect((await api("/api/v1/me/inbox/unread")).status).toBe(401);
    await mention(cookies.reviewer, await claimIn(cookies.editor), team.actors.editor.userId, "look");
    const page = await api("/articles", { cookie: cookies.editor });
    expect(page.text).toContain('data-testid="unread-mentions"');
  });
});

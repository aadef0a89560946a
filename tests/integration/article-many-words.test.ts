import { beforeAll, describe, expect, it } from "vitest";
import { createRoleTokens, createTestTeam } from "../support/factory";
import { api } from "../support/http";

// PostgreSQL refuses a tsvector over 1 MB: a body of about 90,000 distinct words (820 KB, well under the
// 2 MB body limit) answered 500 on create, edit and upload (hostile probe of stop 31). Article search now
// reads the title and the first 100,000 characters of the body, so every body the limit lets in is stored.

/** `count` distinct lower-case words of eight letters, eight to a sentence (deterministic). */
function distinctWords(count: number, seed: number): string {
  let state = seed;
  const sentences: string[] = [];
  let words: string[] = [];
  for (let i = 0; i < count; i++) {
    let word = "";
    for (let k = 0; k < 8; k++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      word += String.fromCharCode(97 + ((state >>> 16) % 26));
    }
    words.push(word);
    if (words.length === 8) {
      sentences.push(`${words.join(" ")}.`);
      words = [];
    }
  }
  return sentences.join(" ");
}

let editor: string;

beforeAll(async () => {
  editor = (await createRoleTokens(await createTestTeam("many-words"))).editor;
});

describe("an article of very many distinct words", () => {
  it("is created and edited, and found by a word near its start, not by one past 100,000 characters", { timeout: 180_000 }, async () => {
    const text = `Zebrafinken ${distinctWords(200_000, 7)} Quokkaspur`;
    expect(text.length).toBeGreaterThan(1_700_000);
    const created = await api("/api/v1/articles", { token: editor, json: { title: "Wortliste", text, language: "de" } });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    const { id } = created.body.data;

    const found = await api(`/api/v1/search?type=articles&q=Zebrafinken`, { token: editor });
    expect(found.body.data.map((hit: { id: string }) => hit.id)).toContain(id);
    const beyond = await api(`/api/v1/search?type=articles&q=Quokkaspur`, { token: editor });
    expect(beyond.body.data.map((hit: { id: string }) => hit.id)).not.toContain(id);

    const edited = await api(`/api/v1/articles/${id}`, { token: editor, method: "PATCH", json: { version: 1, text: `${distinctWords(200_000, 11)} Ende.` } });
    expect(edited.status, JSON.stringify(edited.body).slice(0, 300)).toBe(200);
  });
});

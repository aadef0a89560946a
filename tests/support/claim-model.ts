import { expect } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { storableClaims } from "@/lib/domain/claims/storable-claims";
import { api } from "./http";

// Helpers for the tests of the team's claim model: texts with many claims, imports, and waiting for
// the background retraining (pg-boss in the server, training in its worker pool).

const PORTS = ["Hamburg", "Rotterdam", "Antwerp", "Valencia", "Piraeus", "Gdansk", "Genoa", "Le Havre", "Bremen", "Algeciras", "Felixstowe", "Marseille",
  "Barcelona", "Trieste", "Koper", "Riga", "Tallinn", "Aarhus", "Gothenburg", "Lisbon", "Sines", "Dublin", "Cork", "Naples"];

/** An English text of 24 check-worthy sentences (the shipped engine flags them all); `seed` makes it unique. */
export function portsText(seed: string): string {
  return PORTS.map((port, i) => `The port of ${port} handled ${i + 3}.${i % 10} million tonnes of ${seed} cargo in ${2000 + i}, the harbour authority said.`).join("\n\n");
}

export interface ImportedClaim {
  id: string;
  version: number;
  text: string;
  start: number;
  end: number;
  kind: string;
  checkworthy: boolean;
  checkworthiness: number;
  status: string;
  exclusionReason: string | null;
}

export async function importArticle(token: string, title: string, text: string): Promise<{ id: string; claims: ImportedClaim[] }> {
  const created = await api("/api/v1/articles", { token, json: { title, text, language: "en" } });
  expect(created.status).toBe(201);
  return readArticle(token, created.body.data.id);
}

export async function readArticle(token: string, id: string): Promise<{ id: string; claims: ImportedClaim[] }> {
  const article = await api(`/api/v1/articles/${id}`, { token });
  expect(article.status).toBe(200);
  return { id, claims: article.body.data.claims };
}

/** What the shipped engine (no team model) scores each stored claim of an English text. */
export function shippedScores(text: string): number[] {
  return storableClaims(extract(text, { language: "en" }).units).map((unit) => unit.checkworthiness);
}

/** Switches every claim's check-worthiness, one PATCH (and one decision) each. */
export async function switchAll(token: string, claims: ImportedClaim[], checkworthy: boolean): Promise<void> {
  for (const claim of claims) {
    const current = (await api(`/api/v1/claims/${claim.id}`, { token })).body.data;
    const response = await api(`/api/v1/claims/${claim.id}`, { token, method: "PATCH", json: { version: current.version, checkworthy } });
    expect(response.status).toBe(200);
  }
}

interface ModelSummary {
  retrainAfter: number;
  languages: { language: string; decisions: number; pendingDecisions: number; models: { label: string; version: number; decisionCount: number; agreementBefore: number; agreementAfter: number; evaluatedOn: number; trainedAt: string }[] }[];
}

export async function claimModel(token: string): Promise<ModelSummary> {
  const response = await api("/api/v1/team/claim-model", { token });
  expect(response.status).toBe(200);
  return response.body.data;
}

export const englishModel = (summary: ModelSummary) => summary.languages.find((entry) => entry.language === "en")!;

/** Waits (the queue polls every second; training takes a second or two) until the team's English check-worthiness model reaches `version`. */
export async function waitForVersion(token: string, version: number, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const model = englishModel(await claimModel(token)).models.find((entry) => entry.label === "checkworthy");
    if (model && model.version >= version) return model;
    if (Date.now() > deadline) throw new Error(`the team's model did not reach version ${version} (now ${model?.version ?? "none"})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

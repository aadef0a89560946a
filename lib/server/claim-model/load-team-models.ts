import type { TeamModels } from "@/lib/domain/claim-model/team-models";
import { decodeModel, type LinearModel, type ModelFile } from "@/lib/domain/claims/model/linear-model";
import { db } from "@/lib/server/db/client";

/** Decoded models kept per process (a model version never changes, so its id is a safe key). */
const CACHED_MODELS = 16;
const cache = new Map<string, LinearModel>();

/**
 * The team's current model per language and label (its highest version). Only this team's rows are
 * read: one team's decisions never reach another team's imports.
 */
export async function loadTeamModels(teamId: string): Promise<TeamModels> {
  const current = await db.teamClaimModel.findMany({
    where: { teamId },
    distinct: ["language", "label"],
    orderBy: [{ language: "asc" }, { label: "asc" }, { version: "desc" }],
    select: { id: true, language: true, label: true },
  });
  const models: TeamModels = {};
  for (const { id, language, label } of current) {
    const model = await decodedModel(id);
    (models[language] ??= {})[label] = model;
  }
  return models;
}

async function decodedModel(id: string): Promise<LinearModel> {
  const cached = cache.get(id);
  if (cached) {
    // Least recently used goes first: re-insert to mark it used.
    cache.delete(id);
    cache.set(id, cached);
    return cached;
  }
  const row = await db.teamClaimModel.findUniqueOrThrow({ where: { id }, select: { weights: true } });
  const model = decodeModel(row.weights as unknown as ModelFile);
  cache.set(id, model);
  if (cache.size > CACHED_MODELS) cache.delete(cache.keys().next().value!);
  return model;
}

// What `npm run train:claims` learns from, and its digest: the model card records the digest of the
// features the shipped weights were trained on, and a unit test compares it with today's features, so
// an engine change that alters them (a claimant or an entity more in a training sentence) cannot pass
// unnoticed while the shipped weights no longer come out of training (stop 47: they had drifted).
import { createHash } from "node:crypto";
import { analyseSentence } from "@/lib/domain/claims/extract";
import { sentenceFeatures } from "@/lib/domain/claims/model/features";
import { claimbuster } from "./claim-datasets";

export const featurise = (rows: { text: string; positive: boolean }[]) =>
  rows.map((row) => ({ features: sentenceFeatures(analyseSentence(row.text)), positive: row.positive }));

/** ClaimBuster train and dev as the trainer reads them. */
export function trainingInput() {
  return { train: featurise(claimbuster("train")), dev: featurise(claimbuster("dev")) };
}

/** SHA-256 (first 16 hex digits) of every row's feature slots, values and label, in order. */
export function trainingInputDigest(rows: ReturnType<typeof featurise>): string {
  const hash = createHash("sha256");
  for (const { features, positive } of rows) {
    hash.update(Buffer.from(features.slots.buffer, features.slots.byteOffset, features.slots.byteLength));
    hash.update(Buffer.from(features.values.buffer, features.values.byteOffset, features.values.byteLength));
    hash.update(positive ? "1" : "0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** The digest a model card says its weights were trained on, or null. */
export const recordedDigest = (card: string) => /Training input digest: `([0-9a-f]{16})`/.exec(card)?.[1] ?? null;

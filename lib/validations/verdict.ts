import { z } from "zod";
import { controlMessage, hasNoControlsInText, storableText, unknownFields, versionNumber } from "./common";

const rationale = storableText("The rationale")
  .trim()
  .min(1, { error: "Explain the verdict in a sentence or two." })
  .max(10_000, { error: "Keep the rationale to at most 10,000 characters." })
  // Published with the verdict: no direction override to turn its words around (probe of stop 34).
  .refine(hasNoControlsInText, { error: controlMessage("The rationale") });
const levelKey = z.string({ error: "Choose a rating." }).min(1, { error: "Choose a rating." }).max(80);

export const submitVerdictInput = z.strictObject(
  {
    level: levelKey,
    rationale,
    confidence: z.enum(["low", "medium", "high"], { error: 'The confidence must be "low", "medium" or "high".' }),
  },
  unknownFields,
);

export const finalizeVerdictInput = z.strictObject(
  { level: levelKey, rationale, claimVersion: versionNumber("Send the claim version you decided on (`claimVersion`).") },
  unknownFields,
);

export const reopenVerdictInput = z.strictObject(
  {
    reason: storableText("The reason").trim().min(1, { error: "Say why the verdict is reopened." }).max(2000).refine(hasNoControlsInText, { error: controlMessage("The reason") }),
    claimVersion: versionNumber("Send the claim version you reopened (`claimVersion`)."),
  },
  unknownFields,
);

export type SubmitVerdictInput = z.infer<typeof submitVerdictInput>;
export type FinalizeVerdictInput = z.infer<typeof finalizeVerdictInput>;
export type ReopenVerdictInput = z.infer<typeof reopenVerdictInput>;

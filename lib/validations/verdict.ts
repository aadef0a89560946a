import { z } from "zod";
import { controlMessage, hasNoControlsInText, hasVisibleCharacter, storableText, unknownFields, versionNumber } from "./common";

const rationale = storableText("The rationale")
  .trim()
  .min(1, { error: "Explain the verdict in a sentence or two.", abort: true })
  // Invisible characters alone are no rationale either; a final one is published (hostile probe of stop 44).
  .refine(hasVisibleCharacter, { error: "Explain the verdict in a sentence or two.", abort: true })
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
    reason: storableText("The reason")
      .trim()
      .min(1, { error: "Say why the verdict is reopened.", abort: true })
      .refine(hasVisibleCharacter, { error: "Say why the verdict is reopened.", abort: true })
      .max(2000, { error: "Keep the reason to at most 2,000 characters." })
      .refine(hasNoControlsInText, { error: controlMessage("The reason") }),
    claimVersion: versionNumber("Send the claim version you reopened (`claimVersion`)."),
  },
  unknownFields,
);

export type SubmitVerdictInput = z.infer<typeof submitVerdictInput>;
export type FinalizeVerdictInput = z.infer<typeof finalizeVerdictInput>;
export type ReopenVerdictInput = z.infer<typeof reopenVerdictInput>;

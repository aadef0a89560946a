import { z } from "zod";
import { MODEL_LANGUAGES } from "@/lib/domain/claim-model/decisions";
import { unknownFields } from "./common";

/** `DELETE /team/claim-model?language=de|en`: which language's model to reset. */
export const resetClaimModelQuery = z.strictObject(
  { language: z.enum(MODEL_LANGUAGES, { error: 'The language must be "de" or "en".' }) },
  unknownFields,
);

export type ResetClaimModelQuery = z.infer<typeof resetClaimModelQuery>;


import { z } from "zod";
import { STANCES } from "./source";
import { unknownFields, httpAddress } from "./common";

/** Import the ClaimReviews of a page (JSON-LD in it), a JSON-LD document or a DataFeed at an address. */
export const importKnownChecksUrlInput = z.strictObject(
  {
    url: httpAddress("Give a full http(s) address of a page or feed with ClaimReview, e.g. https://factcheck.example/feed.json.")
      .max(2048, { error: "The address is too long (2,048 characters at most)." }),
  },
  unknownFields,
);
export type ImportKnownChecksUrlInput = z.infer<typeof importKnownChecksUrlInput>;

/**
 * Cite a known fact-check on a claim. The stance defaults to "context": another desk rated its own
 * wording of a claim, so whether that supports or refutes this claim is the reviewer's call.
 */
export const citeKnownCheckInput = z.strictObject(
  {
    claimId: z.uuid({ error: "The claim must be given by its id." }),
    stance: z.enum(STANCES, { error: 'Choose a stance: "supports", "refutes" or "context".' }).default("context"),
  },
  unknownFields,
);
export type CiteKnownCheckInput = z.infer<typeof citeKnownCheckInput>;

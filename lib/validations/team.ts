import { z } from "zod";
import { unknownFields } from "./common";
import { relatedThreshold } from "./claim";

export const TEAM_SETTING_DEFAULTS = {
  /** Hide other reviewers' verdicts from a reviewer until they have given their own. */
  blindReview: false,
  /** Cited sources a claim needs before an editor can set its final verdict. */
  minSourcesForFinal: 1,
  relatedClaimThreshold: 0.4,
};

const minSources = z
  .number({ error: "minSourcesForFinal must be a whole number from 0 to 20." })
  .int({ error: "minSourcesForFinal must be a whole number from 0 to 20." })
  .min(0)
  .max(20);
const blindReview = z.boolean({ error: "blindReview must be true or false." });
const threshold = relatedThreshold.pipe(z.number());

/** Stored settings, read leniently: a missing or malformed value means the default. */
export const teamSettings = z
  .object({
    blindReview: blindReview.catch(TEAM_SETTING_DEFAULTS.blindReview).default(TEAM_SETTING_DEFAULTS.blindReview),
    minSourcesForFinal: minSources.catch(TEAM_SETTING_DEFAULTS.minSourcesForFinal).default(TEAM_SETTING_DEFAULTS.minSourcesForFinal),
    relatedClaimThreshold: threshold.catch(TEAM_SETTING_DEFAULTS.relatedClaimThreshold).default(TEAM_SETTING_DEFAULTS.relatedClaimThreshold),
  })
  .catch(TEAM_SETTING_DEFAULTS);

export type TeamSettings = z.infer<typeof teamSettings>;

/** A change of settings, read strictly: a wrong value is an error the admin sees. */
export const updateTeamSettingsInput = z
  .strictObject(
    { blindReview: blindReview.optional(), minSourcesForFinal: minSources.optional(), relatedClaimThreshold: threshold.optional() },
    unknownFields,
  )
  .refine((input) => Object.keys(input).length > 0, { error: "Send at least one setting to change." });

import { z } from "zod";
import { hasDirectionControls } from "@/lib/domain/text/direction-controls";
import { controlMessage, hasNoControls, hasOneAlphabetPerWord, isPlainlyVisible, mixedAlphabetsMessage, storableText, unknownFields, httpAddress } from "./common";
import { relatedThreshold } from "./claim";

export const TEAM_SETTING_DEFAULTS = {
  /** Hide other reviewers' verdicts from a reviewer until they have given their own. */
  blindReview: false,
  /** Cited sources a claim needs before an editor can set its final verdict. */
  minSourcesForFinal: 1,
  relatedClaimThreshold: 0.4,
  /** The organisation's logo on public fact-check pages and in ClaimReview (an http(s) image address). */
  logoUrl: null as string | null,
  /** Where the team publishes an article's fact-check, with {articleId} in it; ClaimReview `url` when no public link is given. */
  reportUrlPattern: null as string | null,
};


/** Longest team name, in characters (it heads every page and the team switch). */
export const MAX_TEAM_NAME = 80;

/** The placeholder a report URL pattern must contain. */
export const ARTICLE_ID_PLACEHOLDER = "{articleId}";

const webAddress = (label: string) =>
  httpAddress(`${label}: use a full http(s) address, e.g. https://factcheck.example.`, label)
    .max(2048, { error: `${label} is longer than 2,048 characters.` });
// Bidirectional-text controls could make a published masthead read differently from what was typed.
const organizationName = storableText("The organisation name")
  .trim()
  .refine((value) => !hasDirectionControls(value), { error: "The organisation name contains text-direction control characters; type it without them." })
  // One line on every public page: no control character either (a bell or an escape was kept: re-probe of stop 34).
  .refine(hasNoControls, { error: controlMessage("The organisation name") })
  // Nor invisible characters alone or a line separator (re-probe of stop 44), nor mixed-alphabet look-alikes.
  .refine(isPlainlyVisible, { error: "The organisation name contains control or invisible characters; type it without them." })
  .refine(hasOneAlphabetPerWord, { error: mixedAlphabetsMessage("The organisation name") })
  .min(1, { error: "Give the organisation a name, or send null to use the team's name." })
  .max(200, { error: "Keep the organisation name to at most 200 characters." });
/** A public address: no user name or password in it (they would be published in ClaimReview). */
const publicAddress = (label: string) =>
  webAddress(label).refine((value) => !/^https?:\/\/[^/?#]*@/i.test(value), { error: `${label} must not contain a user name or password.` });
/** The logo is shown on public pages, which load images over https only. */
const logoAddress = publicAddress("The logo address").refine((value) => value.startsWith("https://"), {
  error: "The logo address must start with https:// (public pages load images over https only).",
});
const reportUrlPattern = z
  .string({ error: "The report address pattern must be text." })
  .max(2048, { error: "The report address pattern is longer than 2,048 characters." })
  .refine((value) => value.includes(ARTICLE_ID_PLACEHOLDER), {
    error: `The report address pattern needs ${ARTICLE_ID_PLACEHOLDER} where the article's id goes, e.g. https://factcheck.example/checks/${ARTICLE_ID_PLACEHOLDER}.`,
  })
  // Nor a character an address cannot hold as it is: it goes into JSON-LD and pages as written (hostile probe of stop 43
  // stored '{articleId}"><script>…').
  .refine((value) => !/[\s"'<>\\`{}|^\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF\uFF1C\uFF1E]/.test(value.replaceAll(ARTICLE_ID_PLACEHOLDER, "")), {
    error: "The report address pattern holds a character no web address contains as it is (a space, quotation mark, < or >); write it percent-encoded.",
  })
  // (Public like the logo: it is the ClaimReview url and the public feed's link; probe of stop 41 stored "user:pw@".)
  .pipe(publicAddress("The report address pattern"));

const minSources = z
  .number({ error: "The minimum number of sources must be a whole number from 0 to 20." })
  .int({ error: "The minimum number of sources must be a whole number from 0 to 20." })
  .min(0)
  .max(20);
const blindReview = z.boolean({ error: "Say whether review is blind: true or false." });
const threshold = relatedThreshold.pipe(z.number());

/** Stored settings, read leniently: a missing or malformed value means the default. */
export const teamSettings = z
  .object({
    blindReview: blindReview.catch(TEAM_SETTING_DEFAULTS.blindReview).default(TEAM_SETTING_DEFAULTS.blindReview),
    minSourcesForFinal: minSources.catch(TEAM_SETTING_DEFAULTS.minSourcesForFinal).default(TEAM_SETTING_DEFAULTS.minSourcesForFinal),
    relatedClaimThreshold: threshold.catch(TEAM_SETTING_DEFAULTS.relatedClaimThreshold).default(TEAM_SETTING_DEFAULTS.relatedClaimThreshold),
    logoUrl: webAddress("The logo address").nullable().catch(null).default(null),
    reportUrlPattern: reportUrlPattern.nullable().catch(null).default(null),
  })
  .catch(TEAM_SETTING_DEFAULTS);

export type TeamSettings = z.infer<typeof teamSettings>;

/** A change of settings, read strictly: a wrong value is an error the admin sees. */
export const updateTeamSettingsInput = z
  .strictObject(
    {
      blindReview: blindReview.optional(),
      minSourcesForFinal: minSources.optional(),
      relatedClaimThreshold: threshold.optional(),
      // The publisher: ClaimReview `author`, the public page's masthead. null clears a field.
      organizationName: organizationName.nullable().optional(),
      organizationUrl: publicAddress("The organisation address").nullable().optional(),
      logoUrl: logoAddress.nullable().optional(),
      reportUrlPattern: reportUrlPattern.nullable().optional(),
    },
    unknownFields,
  )
  .refine((input) => Object.keys(input).length > 0, { error: "Send at least one setting to change." });
export type UpdateTeamSettingsInput = z.infer<typeof updateTeamSettingsInput>;

/** A new team: only its name; whoever creates it becomes its admin. */
export const createTeamInput = z.strictObject(
  {
    name: storableText("The team name")
      .trim()
      // Control, format and zero-width characters make names that look alike or blank (and escape sequences in terminals).
      .refine(isPlainlyVisible, { error: "The team name contains control or invisible characters; type it without them." })
      .refine(hasOneAlphabetPerWord, { error: mixedAlphabetsMessage("The team name") })
      .min(2, { error: "Give the team a name of at least 2 characters." })
      .max(MAX_TEAM_NAME, { error: `Keep the team name to ${MAX_TEAM_NAME} characters or fewer.` })
      // Stored as it reads: "Demo  desk" (two spaces, one on screen) and "Ｄemo desk" (a full-width letter) had made a
      // second "Demo desk" for inviting people into (hostile probe of stop 45).
      .transform((name) => name.normalize("NFKC").replace(/\s+/g, " "))
      // (Checked again as stored: one character can become many, "ﷺ" 18 of them: hostile probe of stop 45.)
      .refine((name) => name.length <= MAX_TEAM_NAME, { error: `Keep the team name to ${MAX_TEAM_NAME} characters or fewer.` }),
  },
  unknownFields,
);
export type CreateTeamInput = z.infer<typeof createTeamInput>;

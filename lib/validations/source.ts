import { z } from "zod";
import { controlMessage, hasNoControlsInText, isoDate, plainName, storableText, unknownFields, httpAddress } from "./common";

export const STANCES = ["supports", "refutes", "context"] as const;

// Shown in reports and public pages: no control character or direction override (probe of stop 34).
const optionalText = (label: string, max: number) =>
  storableText(label)
    .trim()
    .max(max, { error: `Keep ${label.toLowerCase()} to at most ${max} characters.` })
    .refine(hasNoControlsInText, { error: controlMessage(label) })
    .optional();

const oneLineText = (label: string, max: number) =>
  plainName(label)
    .max(max, { error: `Keep ${label.toLowerCase()} to at most ${max} characters.` })
    .optional();

// A source's address as browsers show a suspicious one: the host in punycode, so "раураl.com" in Cyrillic letters does
// not pass for paypal.com on the claim page, the public page or a report; no user name or password, no port 0
// (probe of stop 45).
const sourceAddress = httpAddress("Give the source as a full http(s) address, e.g. https://example.org/report.")
  .max(2048, { error: "The address is too long (2,048 characters at most)." })
  .refine((value) => !/^https?:\/\/[^/?#]*@/i.test(value), { error: "The address must not contain a user name or password." })
  // (Each step also runs after an earlier one refused the address, so each reads it only where it parses: hostile input test.)
  .refine((value) => !URL.canParse(value) || new URL(value).port !== "0", { error: "The address names port 0, which no web page uses." })
  .transform((value) => (URL.canParse(value) ? new URL(value).href : value));

export const attachSourceInput = z.strictObject(
  {
    url: sourceAddress,
    stance: z.enum(STANCES, { error: 'Choose a stance: "supports", "refutes" or "context".' }),
    // One line each in lists, reports and public pages: nothing invisible in them either (re-probe of stop 44: a title
    // of zero-width spaces and a publisher of Hangul fillers were stored and published).
    title: oneLineText("The title", 500),
    publisher: oneLineText("The publisher", 200),
    publishedAt: isoDate.transform((value) => new Date(value)).optional(),
    isPrimary: z.boolean({ error: "Say whether this is the primary source: true or false." }).optional(),
    excerpt: optionalText("The excerpt", 5000),
    note: optionalText("The note", 2000),
  },
  unknownFields,
);

export type AttachSourceInput = z.infer<typeof attachSourceInput>;

export const sourceMetadataInput = z.strictObject({ url: attachSourceInput.shape.url }, unknownFields);

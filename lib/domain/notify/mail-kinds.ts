// The notification mails a person can switch on and off (the invitation is not optional: it is the
// only way the link reaches a new person when mail is on).

export const MAIL_KINDS = ["mention", "assignment", "finalVerdict", "digest"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export type MailPreferences = Record<MailKind, boolean>;

/** User columns behind each kind. */
export const PREFERENCE_COLUMN = {
  mention: "notifyMention",
  assignment: "notifyAssignment",
  finalVerdict: "notifyFinalVerdict",
  digest: "notifyDigest",
} as const satisfies Record<MailKind, string>;

export const isMailKind = (value: string): value is MailKind => (MAIL_KINDS as readonly string[]).includes(value);

/** Text for HTML mail bodies: titles and comments come from imported pages and other people. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

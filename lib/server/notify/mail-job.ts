import type { MailKind } from "@/lib/domain/notify/mail-kinds";

/** What a queued mail carries: ids only (the mail is rendered when sent); the invitation link sealed. */
export type MailJob =
  | { kind: "invitation"; userId: string; teamId: string; inviterId: string; sealedPath: string }
  | { kind: Exclude<MailKind, "digest">; userId: string; teamId: string; activityId: string }
  | { kind: "digest"; userId: string; teamId: string };

/** HKDF label of the key that seals invitation links inside queued jobs. */
export const INVITATION_LINK_LABEL = "invitation-link";

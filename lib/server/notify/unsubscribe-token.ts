import { isMailKind, type MailKind } from "@/lib/domain/notify/mail-kinds";
import { sign, signatureMatches } from "./derived-key";

// The link in every mail that switches that kind of mail off without signing in: the person and the
// kind, signed. It never expires (an old mail should still work) and can do nothing else.

const LABEL = "mail-unsubscribe";

export function unsubscribeToken(userId: string, kind: MailKind): string {
  const text = `${userId}.${kind}`;
  return `${text}.${sign(text, LABEL)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; kind: MailKind } | null {
  const [userId, kind, signature] = token.split(".");
  if (!userId || !kind || !signature || !isMailKind(kind)) return null;
  return signatureMatches(`${userId}.${kind}`, signature, LABEL) ? { userId, kind } : null;
}

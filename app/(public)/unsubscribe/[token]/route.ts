import { createTranslator } from "next-intl";
import { escapeHtml, type MailKind } from "@/lib/domain/notify/mail-kinds";
import { db } from "@/lib/server/db/client";
import { switchOffMailKind } from "@/lib/server/notify/notification-preferences";
import { readUnsubscribeToken } from "@/lib/server/notify/unsubscribe-token";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";

// The link at the bottom of every notification mail. GET only asks (mail scanners open links), POST
// switches that kind of mail off; mail clients' one-click unsubscribe (RFC 8058) POSTs here too.
// No sign-in: the signed token names the person and the kind, and can do nothing else.

type Params = { params: Promise<{ token: string }> };

export async function GET(_req: Request, { params }: Params) {
  return answer((await params).token, false);
}

export async function POST(_req: Request, { params }: Params) {
  return answer((await params).token, true);
}

async function answer(token: string, confirm: boolean): Promise<Response> {
  const target = readUnsubscribeToken(token);
  const person = target ? await db.user.findUnique({ where: { id: target.userId }, select: { locale: true } }) : null;
  const locale = person?.locale ?? "en";
  const t = createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "notifications" });
  if (!target || !person) return page(locale, t("unsubscribeTitle"), `<p>${escapeHtml(t("unsubscribeInvalid"))}</p>`, 404);
  if (confirm) {
    await switchOffMailKind(target.userId, target.kind);
    return page(locale, t("unsubscribeTitle"), `<p role="status">${escapeHtml(t("unsubscribeDone"))}</p>`);
  }
  const kind = t(target.kind as MailKind);
  return page(
    locale,
    t("unsubscribeTitle"),
    `<form method="post"><p>${escapeHtml(t("unsubscribeAsk", { kind }))}</p><button type="submit">${escapeHtml(t("unsubscribeConfirm"))}</button></form>`,
  );
}

function page(locale: string, title: string, body: string, status = 200): Response {
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}

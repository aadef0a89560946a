import { createTranslator } from "next-intl";
import { escapeHtml, type MailKind } from "@/lib/domain/notify/mail-kinds";
import { db } from "@/lib/server/db/client";
import { switchOffMailKind } from "@/lib/server/notify/notification-preferences";
import { readUnsubscribeToken } from "@/lib/server/notify/unsubscribe-token";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";

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
  // The person's saved language, else the reader's (language switch, then browser): an invalid link
  // or someone who never chose a language still reads the page in the language they read the app in.
  const locale = person?.locale ?? (await resolveLocale().catch(() => DEFAULT_LOCALE));
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
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}

// A plain page outside the app's layout (no session needed), styled like the app's notices so it
// does not look broken; the CSP allows inline styles.
const STYLE = [
  "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#0f172a;background:#f8fafc}",
  "main{max-width:36rem;margin:3rem auto;padding:1.5rem;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;overflow-wrap:anywhere}",
  "h1{font-size:1.25rem;margin:0 0 .75rem}",
  "button{font:inherit;color:#fff;background:#1d4ed8;border:0;border-radius:.375rem;padding:.5rem 1rem;cursor:pointer;min-height:44px}",
  "button:focus-visible{outline:3px solid #93c5fd;outline-offset:2px}",
  "@media (max-width:40rem){main{margin:1rem;padding:1rem}}",
].join("");

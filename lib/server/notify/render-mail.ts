import { createTranslator } from "next-intl";
import { escapeHtml } from "@/lib/domain/notify/mail-kinds";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailContent {
  locale: "de" | "en";
  /** Key under "mail" in the catalogues: invitation, mention, assignment, finalVerdict, digest. */
  kind: string;
  values: Record<string, string | number>;
  /** Quoted user text (a comment), shown as a block; plain text, escaped in HTML. */
  quote?: string;
  name: string;
  actionUrl: string;
  actionLabel?: string;
  /** Preferences and one-click unsubscribe; absent on the invitation. */
  settingsUrl?: string;
  unsubscribeUrl?: string;
}

/** Subject, plain text and HTML in the person's language. Every value is escaped in the HTML. */
export function renderMail(content: MailContent): RenderedMail {
  const t = createTranslator({ locale: content.locale, messages: content.locale === "de" ? de : en, namespace: "mail" });
  const key = content.kind as "mention";
  const subject = t(`${key}.subject`, content.values).replace(/[\r\n]+/g, " ");
  const body = t(`${key}.body`, content.values);
  const action = content.actionLabel ?? t("open");
  const footer = content.settingsUrl
    ? [t("footer"), `${t("manage")}: ${content.settingsUrl}`, `${t("unsubscribe")}: ${content.unsubscribeUrl}`]
    : [];
  const text = [t("greeting", { name: content.name }), "", body, ...(content.quote ? ["", ...content.quote.split("\n").map((line) => `> ${line}`)] : []), "", `${action}: ${content.actionUrl}`, "", ...footer].join("\n");
  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const html = `<!doctype html><html lang="${content.locale}"><body style="font-family:sans-serif;line-height:1.5;color:#111">
<p>${escapeHtml(t("greeting", { name: content.name }))}</p>
<p>${escapeHtml(body)}</p>
${content.quote ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px;white-space:pre-wrap">${escapeHtml(content.quote)}</blockquote>` : ""}
<p>${link(content.actionUrl, action)}</p>
${content.settingsUrl ? `<p style="font-size:12px;color:#555">${escapeHtml(t("footer"))} ${link(content.settingsUrl, t("manage"))} · ${link(content.unsubscribeUrl!, t("unsubscribe"))}</p>` : ""}
</body></html>`;
  return { subject, text, html };
}

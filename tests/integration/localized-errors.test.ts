import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, createRoleTokens, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";
import { builtActions, callAction, form } from "../support/server-actions";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";

/** A German message has none of these English words once code, quoted values and addresses are taken out. */
const ENGLISH_WORDS = /\b(the|must|is|are|not|and|or|be|cannot|can|send|use|enter|give|choose|keep|found|invalid|expected|received|missing|webhooks? go|no such)\b/i;
const GERMAN_WORDS = /[äöüß]|\b(Sie|der|die|das|muss|nicht|oder|und|ist)\b/;
const RAW_KEY = /(^|[^`\w])[a-z]+[A-Z]\w*(?![\w`])/;
const withoutCode = (text: string) => text.replace(/`[^`]*`|„[^“]*“|"[^"]*"|\([^)]*\b(true|false|null)\b[^)]*\)|https?:\/\/\S+|[\w.-]+\/[\w.+-]+|\.\w+-?/g, "");
const texts = (catalogue: typeof en) => {
  const { names, fields, ...messages } = catalogue.serverMessages;
  return [...Object.values(messages), ...Object.values(names), ...Object.values(fields)];
};
/** English catalogue texts long enough to be a giveaway, which a German message must not contain. */
const englishOnly = texts(en).filter((text) => !texts(de).includes(text)).map((text) => text.replace(/\{\w+\}/g, "").trim()).filter((text) => text.length > 12 && !/[{}]/.test(text));

describe("errors in the reader's language, naming fields by their label", () => {
  let team: TestTeam;
  let englishCookie: string;
  let germanCookie: string;
  let adminToken: string;

  beforeAll(async () => {
    team = await createTestTeam("sprache");
    await db.user.update({ where: { id: team.actors.editor.userId }, data: { locale: "de" } });
    germanCookie = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    englishCookie = (await signIn(team.emails.admin, TEST_PASSWORD)).cookie!;
    adminToken = (await createRoleTokens(team)).admin;
  });

  it("answers a German user's invalid article in German, with the field key only in details", async () => {
    const response = await api("/api/v1/articles", { cookie: germanCookie, json: { title: " ", text: "Die Steuern stiegen um 3 Prozent." } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("Geben Sie dem Artikel einen Titel.");
    expect(response.body.error.details).toEqual([{ field: "title", message: "Geben Sie dem Artikel einen Titel." }]);
  });

  it("keeps English for English readers and token clients, without a 'field:' prefix; German on Accept-Language", async () => {
    const english = await api("/api/v1/articles", { cookie: englishCookie, json: { title: " ", text: "Die Steuern stiegen." } });
    expect(english.body.error.message).toBe("Give the article a title.");
    const token = await api("/api/v1/articles", { token: adminToken, json: { title: " ", text: "Die Steuern stiegen." } });
    expect(token.body.error.message).toBe("Give the article a title.");
    const asked = await api("/api/v1/articles", { token: adminToken, headers: { "accept-language": "de-DE,de;q=0.9" }, json: { title: " ", text: "Die Steuern stiegen." } });
    expect(asked.body.error.message).toBe("Geben Sie dem Artikel einen Titel.");
  });

  // Hostile probe of stop 28: the German message quoted Node's English parser text.
  it("says where a body stops being JSON, in German too", async () => {
    const broken = await api("/api/v1/articles", { cookie: germanCookie, body: '{"title": "A",\n "text": hi}', headers: { "content-type": "application/json" } });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe("Die Anfrage ist kein gültiges JSON.");
    const unquoted = await api("/api/v1/articles", { cookie: germanCookie, body: "{\n title: 1}", headers: { "content-type": "application/json" } });
    expect(unquoted.body.error.message).toBe("Die Anfrage ist kein gültiges JSON: Der erste Fehler steht in Zeile 2, Spalte 2.");
  });

  it("translates a service's refusal for a German user", async () => {
    const response = await api("/api/v1/claims/00000000-0000-7000-8000-000000000000", { cookie: germanCookie });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe("Die Behauptung wurde nicht gefunden.");
  });

  it("answers a German admin's server action in German", async () => {
    await db.user.update({ where: { id: team.actors.admin.userId }, data: { locale: "de" } });
    const invite = builtActions().find((action) => action.name === "inviteMemberAction")!;
    const response = await callAction(invite, [null, form({ email: "kein-name@test.factdesk", name: " ", role: "viewer" })], englishCookie);
    expect(response.text).toContain("Geben Sie den Namen der Person ein.");
    expect(response.text).not.toContain("Enter the person's name.");
    expect(response.text).not.toMatch(/"name: /);
  });

  // Probe (issue 14): one bad request per route family. Each answer must be wholly in the asked
  // language, name no raw field key, and be the catalogue's sentence.
  describe("one bad request per route family, in German and in English", () => {
    const uuid = "00000000-0000-7000-8000-000000000000";
    type Case = { family: string; path: string; method?: string; json?: unknown; body?: string; contentType?: string; role?: "admin" | "viewer"; status: number; de?: RegExp | string; en?: RegExp | string };
    const cases: Case[] = [
      { family: "articles", path: "/api/v1/articles", json: { title: " ", text: "Ein Text." }, status: 400, de: "Geben Sie dem Artikel einen Titel.", en: "Give the article a title." },
      { family: "claims", path: "/api/v1/claims/merge", json: { claims: "zwei" }, status: 400, de: "Behauptungen: Senden Sie eine Liste.", en: "Claims: send a list." },
      { family: "sources", path: "/api/v1/sources/metadata", json: { url: "kein link" }, status: 400, de: /^Geben Sie die Quelle als vollständige http\(s\)-Adresse an/ },
      { family: "verdicts", path: `/api/v1/claims/${uuid}/verdicts`, method: "PUT", json: { level: "true", confidence: "sicher", rationale: "Weil die Zahl stimmt." }, status: 400, de: /^Die Sicherheit muss/, en: /^The confidence must be/ },
      { family: "comments", path: `/api/v1/comments/${uuid}`, method: "PATCH", json: { resolved: "ja" }, status: 400, de: "Geben Sie an, ob die Diskussion erledigt ist: true oder false." },
      { family: "settings", path: "/api/v1/team/settings", method: "PATCH", json: { minSourcesForFinal: 99 }, status: 400, de: /^Die Mindestzahl an Quellen muss/, en: /^The minimum number of sources must/ },
      { family: "settings (boolean)", path: "/api/v1/team/settings", method: "PATCH", json: { blindReview: "ja" }, status: 400, de: "Geben Sie an, ob blind geprüft wird: true oder false." },
      { family: "webhooks", path: "/api/v1/team/webhooks", json: { url: "https://nutzer:geheim@hooks.example/x", events: ["article.imported"] }, status: 400, de: "Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.", en: "The address must not contain a user name or password." },
      { family: "webhooks (missing)", path: "/api/v1/team/webhooks", json: { url: "https://hooks.example/x" }, status: 400, de: "Ereignisse: Bitte füllen Sie dieses Feld aus.", en: "Events: please fill this in." },
      { family: "known-checks import", path: "/api/v1/known-fact-checks/import-url", json: { url: "kein link" }, status: 400, de: /^Geben Sie die vollständige http\(s\)-Adresse einer Seite oder eines Feeds/ },
      { family: "known-checks upload (415)", path: "/api/v1/known-fact-checks/imports", body: "hallo", contentType: "text/plain", status: 415, de: /^Senden Sie die Datei als application\/ld\+json/ },
      { family: "known-checks NDJSON upload (first problem by line)", path: "/api/v1/known-fact-checks/imports", body: '{"@type":"Thing"}\n[1]\n', contentType: "application/x-ndjson", status: 400, de: /^Es wurde kein verwendbares ClaimReview gefunden\. Das erste Problem: Zeile 1: Enthält kein ClaimReview\.$/, en: /^No usable ClaimReview was found\. The first problem: line 1: Holds no ClaimReview\.$/ },
      { family: "known-checks upload (nothing usable)", path: "/api/v1/known-fact-checks/imports", body: JSON.stringify({ "@type": "Thing" }), contentType: "application/ld+json", status: 400, de: /^Es wurde kein verwendbares ClaimReview gefunden\. Prüfen Sie, ob die Datei/, en: /^No usable ClaimReview was found\. Check that the file holds/ },
      { family: "feeds", path: "/api/v1/feeds/claimreview?limit=0", status: 400, de: "Die Seitengröße muss eine ganze Zahl von 1 bis 100 sein." },
      { family: "feed cursor", path: "/api/v1/feeds/claimreview?cursor=kaputt", status: 400, de: /^Die Seitenmarke ist ungültig/, en: /^The page cursor is not valid/ },
      { family: "search cursor", path: "/api/v1/search?q=Steuer&after=kaputt", status: 400, de: /^Die Seitenmarke ist ungültig/ },
      { family: "415", path: "/api/v1/articles", body: "title=x", contentType: "application/x-www-form-urlencoded", status: 415, de: "Senden Sie den Inhalt der Anfrage als JSON (Content-Type: application/json).", en: "Send the request body as JSON (Content-Type: application/json)." },
      { family: "404 endpoint", path: "/api/v1/gibt-es-nicht", status: 404, de: "Diesen API-Endpunkt gibt es nicht.", en: "There is no such API endpoint." },
      { family: "403", path: "/api/v1/articles", json: { title: "Titel", text: "Ein Text." }, role: "viewer", status: 403, de: "Ihre Rolle (Leser:in) erlaubt nicht, Artikel anzulegen.", en: "Your role (viewer) does not allow you to add articles." },
    ];
    let tokens: Record<string, string>;
    beforeAll(async () => {
      tokens = await createRoleTokens(team);
    });

    for (const language of ["de", "en"] as const) {
      it(`answers every family wholly in ${language === "de" ? "German" : "English"}, naming fields by label`, async () => {
        for (const call of cases) {
          const response = await api(call.path, {
            method: call.method,
            token: tokens[call.role ?? "admin"],
            json: call.json,
            body: call.body,
            headers: { "accept-language": language === "de" ? "de-DE,de;q=0.9" : "en-GB,en;q=0.9", ...(call.contentType && { "content-type": call.contentType }) },
          });
          const message: string = response.body?.error?.message ?? response.text;
          const label = `${call.family} (${language}): ${response.status} ${message}`;
          expect(response.status, label).toBe(call.status);
          const expected = call[language];
          if (typeof expected === "string") expect(message, label).toBe(expected);
          else if (expected) expect(message, label).toMatch(expected);
          expect(withoutCode(message), label).not.toMatch(RAW_KEY);
          if (language === "de") {
            expect(withoutCode(message), label).not.toMatch(ENGLISH_WORDS);
            for (const english of englishOnly) expect(message, `${label} contains "${english}"`).not.toContain(english);
          } else {
            expect(withoutCode(message), label).not.toMatch(GERMAN_WORDS);
          }
          for (const detail of (response.body?.error?.details ?? []) as { message?: string }[]) {
            if (language === "de" && detail.message) expect(withoutCode(detail.message), label).not.toMatch(ENGLISH_WORDS);
          }
        }
      });
    }
  });

  it("tells a signed-out reader only that a page does not exist; a member gets the hint", async () => {
    // What the page shows (the whole catalogue also rides along in the page's data for the client).
    const shown = async (response: Response) => /<main[\s\S]*?<\/main>/.exec(await response.text())?.[0] ?? "";
    const publicPage = await fetch(`${baseUrl()}/seite-gibt-es-nicht`, { headers: { "accept-language": "de" } });
    expect(publicPage.status).toBe(404);
    const html = await shown(publicPage);
    expect(html).toContain("Diese Seite gibt es nicht. Prüfen Sie die Adresse auf Tippfehler.");
    expect(html).not.toContain("anderen Team");
    const english = await shown(await fetch(`${baseUrl()}/seite-gibt-es-nicht`, { headers: { "accept-language": "en" } }));
    expect(english).toContain("This page does not exist. Check the address for typos.");
    expect(english).not.toContain("another team");
    const member = await fetch(`${baseUrl()}/seite-gibt-es-nicht`, { headers: { cookie: germanCookie } });
    expect(await shown(member)).toContain("Diese Seite gibt es nicht, oder sie gehört zu einem anderen Team.");
  });

  it("answers an unsubscribe link in the reader's language when the link names no one who chose one", async () => {
    const invalid = await fetch(`${baseUrl()}/unsubscribe/kaputt`, { headers: { "accept-language": "de-DE,de;q=0.9" } });
    expect(invalid.status).toBe(404);
    const html = await invalid.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Benachrichtigungen abbestellen");
    expect(html).toContain("Dieser Link ist ungültig.");
    const english = await fetch(`${baseUrl()}/unsubscribe/kaputt`, { headers: { "accept-language": "en" } });
    expect(await english.text()).toContain("This link is invalid.");
  });
});

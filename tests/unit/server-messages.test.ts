import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { localizeIssue, localizeMessage } from "@/lib/i18n/server-messages";
import { PERMISSION_ACTIONS } from "@/lib/domain/permissions";
import { createArticleInput } from "@/lib/validations/article";
import { updateTeamSettingsInput } from "@/lib/validations/team";
import { submitVerdictInput } from "@/lib/validations/verdict";
import { createWebhookInput } from "@/lib/validations/webhook";
import { attachSourceInput } from "@/lib/validations/source";

const issues = (result: { success: boolean; error?: { issues: unknown[] } }) => (result.error?.issues ?? []) as Parameters<typeof localizeIssue>[0][];

/** Words only an English sentence has; none of them may appear in a German message. */
const ENGLISH_WORDS = /\b(the|must|is|are|not|and|or|be|cannot|can|send|use|enter|give|choose|keep|found|invalid|expected|received|missing)\b/i;
/** An API field key (camelCase) outside `backticks`: a person reads labels, never keys. */
const RAW_KEY = /(^|[^`\w])[a-z]+[A-Z]\w*(?![\w`])/;

const { names: _en, fields: _ef, ...englishMessages } = en.serverMessages;
const { names: _dn, fields: _df, ...germanMessages } = de.serverMessages;
const withoutCode = (text: string) => text.replace(/`[^`]*`|„[^“]*“|"[^"]*"|\([^)]*\b(true|false|null)\b[^)]*\)|https?:\/\/\S+|\{\w+\}|[\w.-]+\/[\w.+-]+|\.\w+-?/g, "");

describe("server messages in the reader's language", () => {
  it("turns a schema's own message into German, and keeps English as written, without a field-key prefix", () => {
    const [title] = issues(createArticleInput.safeParse({ title: " ", text: "Ein Text." }));
    expect(localizeIssue(title!, "en")).toBe("Give the article a title.");
    expect(localizeIssue(title!, "de")).toBe("Geben Sie dem Artikel einen Titel.");
  });

  it("writes numbers in a message the German way (probe finding: \"über 4,000,000\")", () => {
    expect(localizeMessage("The file has more than 200,000 lines. Split it into smaller files.", "de")).toBe("Die Datei hat mehr als 200.000 Zeilen. Teilen Sie sie in kleinere Dateien auf.");
    expect(localizeMessage("This document holds more JSON values than Factdesk reads at once (over 4,000,000). Split it into smaller files.", "de")).toContain("(über 4.000.000)");
  });

  it("fills templates with translated names and messages", () => {
    expect(localizeMessage("The article was not found.", "de")).toBe("Der Artikel wurde nicht gefunden.");
    const [missing] = issues(submitVerdictInput.safeParse({ level: "true", confidence: "high" }));
    expect(localizeIssue(missing!, "de")).toBe("Die Begründung fehlt.");
    expect(localizeMessage("Send the version number you last read with this item, so that a newer edit is not overwritten. (at most 2,147,483,647).", "de")).toBe(
      "Senden Sie die zuletzt gelesene Versionsnummer mit, damit eine neuere Änderung nicht überschrieben wird. (höchstens 2.147.483.647).",
    );
    // Walk of stop 39: the German webhook log read "Not delivered (ERR_TLS_CERT_ALTNAME_INVALID)."
    expect(localizeMessage("Not delivered (ERR_TLS_CERT_ALTNAME_INVALID).", "de")).toBe("Nicht zugestellt (ERR_TLS_CERT_ALTNAME_INVALID).");
    // Probe finding: "The address darf keinen …" (the name in the template was not catalogued).
    const [credentials] = issues(createWebhookInput.safeParse({ url: "https://user:pw@hooks.example/x", events: ["article.imported"] }));
    expect(localizeIssue(credentials!, "de")).toBe("Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.");
  });

  it("writes its own sentence for zod's built-in problems, naming the field by its label in both languages", () => {
    const [outlet] = issues(createArticleInput.safeParse({ title: "Titel", text: "Text", outlet: "x".repeat(201) }));
    expect(localizeIssue(outlet!, "en")).toBe("Outlet: use at most 200 characters.");
    expect(localizeIssue(outlet!, "de")).toBe("Medium: Verwenden Sie höchstens 200 Zeichen.");
    // Probe findings: "erwartet boolean, erhalten undefined", "Ungültig: URL".
    const [blind] = issues(updateTeamSettingsInput.safeParse({ blindReview: "ja" }));
    expect(localizeIssue(blind!, "de")).toBe("Geben Sie an, ob blind geprüft wird: true oder false.");
    const [events] = issues(createWebhookInput.safeParse({ url: "https://hooks.example/x" }));
    expect(localizeIssue(events!, "de")).toBe("Ereignisse: Bitte füllen Sie dieses Feld aus.");
    expect(localizeIssue(events!, "en")).toBe("Events: please fill this in.");
    const [format] = issues(createWebhookInput.safeParse({ url: "https://hooks.example/x", events: ["article.imported"], format: "xml" }));
    expect(localizeIssue(format!, "de")).toBe('Format: Möglich sind "json", "slack".');
    const [stance] = issues(attachSourceInput.safeParse({ url: "https://quelle.example/a", stance: "maybe" }));
    expect(localizeIssue(stance!, "de")).toBe("Wählen Sie eine Haltung: „supports“ (stützt), „refutes“ (widerlegt) oder „context“ (ergänzt Kontext).");
  });

  it("says in words what a role may not do, never the permission key", () => {
    for (const action of Object.values(PERMISSION_ACTIONS)) {
      const german = localizeMessage(`Your role (viewer) does not allow you to ${action}.`, "de");
      expect(german).toMatch(/^Ihre Rolle \(Leser:in\) erlaubt nicht, .+\.$/);
      expect(german).not.toContain(action);
    }
  });

  it("has no German message that is English, half English, or names a raw field key", () => {
    const wrong: string[] = [];
    for (const [key, german] of Object.entries(germanMessages as Record<string, string>)) {
      if (ENGLISH_WORDS.test(withoutCode(german)) || RAW_KEY.test(withoutCode(german))) wrong.push(`de ${key}: ${german}`);
      if (german === (englishMessages as Record<string, string>)[key]) wrong.push(`de ${key} is the English text`);
    }
    // "stance must …", "minSourcesForFinal must …": a message starts with a label or a verb, never with a key.
    const keyFirst = new RegExp(`^(${Object.keys(en.serverMessages.fields).join("|")}) `);
    for (const [key, english] of Object.entries(englishMessages as Record<string, string>)) {
      if (RAW_KEY.test(withoutCode(english)) || keyFirst.test(english)) wrong.push(`en ${key}: ${english}`);
    }
    expect(wrong).toEqual([]);
  });

  // A new English-only message is the usual way German breaks: every message a service or schema
  // writes must be in the catalogue, a worker task's "took too long" included. (Fetch failures are translated by their reason, not by text.)
  it("finds every service and schema message in the catalogue", () => {
    const files = execSync("git ls-files 'lib/**/*.ts' 'app/**/*.ts' 'app/**/*.tsx'", { encoding: "utf8" })
      .split("\n")
      .filter((file) => file && !file.includes("/generated/") && !file.endsWith("fetch-failure.ts"));
    const literal = /(?:AppError\(\s*"[A-Z_]+",\s*|error:\s*|message:\s*|new Response\(localizeMessage\(|runHeavy\([^;]*?,\s*)(["`'])((?:\\.|(?!\1).)*?)\1/g;
    const missing: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, "utf8").matchAll(literal)) {
        const text = match[2]!.replace(/\$\{[^}]*\}/g, "X").replace(/\\(.)/g, "$1");
        if (!/ /.test(text) || !/[a-z]{3}/.test(text)) continue;
        if (localizeMessage(text, "de") === text) missing.push(`${file}: ${text}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("leaves a message it does not know as it is", () => {
    expect(localizeMessage("Something nobody wrote down.", "de")).toBe("Something nobody wrote down.");
  });
});

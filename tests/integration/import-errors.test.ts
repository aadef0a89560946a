import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestTeam, TEST_PASSWORD } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";
import { db } from "@/lib/server/db/client";

// A failed URL import says what went wrong in plain words and what to do next, under the address
// field (details name the field and a reason a form can translate); never a raw error code.

let editor: string;
let tlsServer: Server;
let tlsUrl: string;

beforeAll(async () => {
  const team = await createTestTeam("import-errors");
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  // A certificate for another name than the address used: Node refuses it (altname or self-signed).
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-tls-"));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=wrong.example", "-days", "1",
    "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")], { stdio: "ignore" });
  tlsServer = createServer({ key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) }, (_req, res) => res.end("<p>hi</p>"));
  await new Promise<void>((resolve) => tlsServer.listen(0, "127.0.0.1", resolve));
  tlsUrl = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}/article`;
});

afterAll(() => new Promise<void>((resolve) => tlsServer.close(() => resolve())));

const importUrl = (url: string) => api("/api/v1/articles/import-url", { cookie: editor, json: { url } });

describe("URL import errors", () => {
  it("explains a host that does not exist, with the next step, on the url field", async () => {
    const answer = await importUrl("https://no-such-host.invalid/article");
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toBe("The name no-such-host.invalid could not be looked up: there may be no such website, or Factdesk could not reach a name service just now. Check the address or try again later, or paste the article's text instead.");
    expect(answer.body.error.details).toEqual([expect.objectContaining({ field: "url", reason: "no-such-host", params: { host: "no-such-host.invalid" } })]);
  });

  it("turns a certificate error into a sentence instead of (ERR_TLS_…)", async () => {
    const answer = await importUrl(tlsUrl);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/^The site 127\.0\.0\.1 could not prove that it is the site in the address .*Check the address, or paste the article's text instead\.$/);
    expect(answer.body.error.message).not.toMatch(/ERR_|SELF_SIGNED|DEPTH_ZERO/);
    expect(answer.body.error.details[0]).toMatchObject({ field: "url", reason: "certificate" });
  });

  it("explains a refused connection", async () => {
    const refused = await importUrl("http://127.0.0.1:9/article");
    expect(refused.body.error.message).toBe("The address could not be reached. Check the address, or paste the article's text instead.");
    expect(refused.body.error.details[0]).toMatchObject({ field: "url", reason: "unreachable" });
  });

  it("puts upload errors on the file field", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x28, 0xa0])]), "article.txt");
    const answer = await api("/api/v1/articles/upload", { cookie: editor, body: form });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details[0]).toMatchObject({ field: "file", reason: "not-utf8" });
    expect(answer.body.error.message).toMatch(/paste the article's text instead/);
  });

  // Hostile probe of stop 37: a second file was dropped without a word, and a body marked gzip was read as plain text.
  it("refuses two files in one upload and a compressed body", async () => {
    const form = new FormData();
    form.append("file", new Blob(["Die Mieten stiegen um 3 Prozent."]), "a.txt");
    form.append("file", new Blob(["Die Preise fielen um 2 Prozent."]), "b.txt");
    const two = await api("/api/v1/articles/upload", { cookie: editor, body: form });
    expect(two.status).toBe(400);
    expect(two.body.error.message).toBe("Upload one file at a time (one field named file).");
    const gzip = await fetch(`${baseUrl()}/api/v1/articles`, {
      method: "POST",
      headers: { cookie: editor, "content-type": "application/json", "content-encoding": "gzip" },
      body: JSON.stringify({ title: "gz", text: "Die Zinsen stiegen um 1 Prozent." }),
    });
    expect(gzip.status).toBe(415);
    expect(((await gzip.json()) as { error: { message: string } }).error.message).toBe("Send the request body uncompressed (no Content-Encoding).");
  });

  // Hostile probe of stop 37: older German pages are windows-1252 and say so; such an upload was refused as "not UTF-8".
  it("reads an HTML upload in the legacy encoding its <meta> declares", async () => {
    const html = `<html><head><meta charset="windows-1252"><title>Stra\u00dfenbau ${Date.now()}</title></head><body><article><p>Die Gr\u00f6\u00dfe der Br\u00fccke betr\u00e4gt 400 Meter, sagte die Stadt \u0084heute\u0093. Die Kosten stiegen um 12 Prozent auf 8 Millionen Euro.</p></article></body></html>`;
    const form = new FormData();
    form.append("file", new Blob([Uint8Array.from([...html].map((char) => char.charCodeAt(0)))]), "bruecke.html");
    const answer = await api("/api/v1/articles/upload", { cookie: editor, body: form });
    expect(answer.status).toBe(201);
    const article = await db.article.findUniqueOrThrow({ where: { id: answer.body.data.id } });
    expect(article.title).toMatch(/^Straßenbau/);
    expect(article.body).toContain("Die Größe der Brücke beträgt 400 Meter, sagte die Stadt „heute“.");
  });
});

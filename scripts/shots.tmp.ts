import { chromium } from "playwright-core";
import { buildIfStale } from "./lib/build-if-stale";
import { signInCookie, startAppServer } from "./lib/start-app-server";
import { withThrowawayDatabase } from "./lib/throwaway-database";

await withThrowawayDatabase(async () => {
  const { db } = await import("@/lib/server/db/client");
  const { hashPassword } = await import("@/lib/server/auth/password");
  const { unsubscribeToken } = await import("@/lib/server/notify/unsubscribe-token");
  const team = await db.team.create({ data: { slug: "shots", name: "Shots Desk" } });
  const user = await db.user.create({ data: { email: "editor@shots.invalid", name: "Editor", passwordHash: await hashPassword("shots-password-123"), memberships: { create: { teamId: team.id, role: "editor" } } } });
  buildIfStale();
  const server = await startAppServer(process.env.DATABASE_URL!);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  try {
    const cookie = await signInCookie(server.base, user.email, "shots-password-123");
    const pages: [string, string, boolean][] = [
      ["404-public", "/gibt-es-nicht", false],
      ["404-member", "/gibt-es-nicht", true],
      ["unsubscribe", `/unsubscribe/${unsubscribeToken(user.id, "assignment")}`, false],
      ["unsubscribe-invalid", "/unsubscribe/kaputt", false],
    ];
    for (const locale of ["en", "de"]) {
      await db.user.update({ where: { id: user.id }, data: { locale: null } });
      for (const width of [390, 1440]) {
        for (const [name, path, signedIn] of pages) {
          const context = await browser.newContext({ viewport: { width, height: 800 }, locale, extraHTTPHeaders: { "accept-language": locale } });
          const url = new URL(server.base);
          await context.addCookies([{ name: "factdesk-locale", value: locale, domain: url.hostname, path: "/" }]);
          if (signedIn) {
            for (const pair of cookie.split("; ")) {
              const [cname, ...rest] = pair.split("=");
              await context.addCookies([{ name: cname!, value: rest.join("="), domain: url.hostname, path: "/" }]);
            }
          }
          const page = await context.newPage();
          await page.goto(`${server.base}${path}`);
          await page.screenshot({ path: `/tmp/german/shot-${name}-${locale}-${width}.png`, fullPage: true });
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          console.log(name, locale, width, "scrollWidth", wide, (await page.textContent("main"))?.slice(0, 120));
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
});

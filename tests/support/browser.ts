import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { baseUrl } from "./http";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The system Chromium (never a downloaded one), or null where there is none. */
export function findChromium(): string | null {
  return CANDIDATES.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

export const chromiumPath = findChromium();

if (!chromiumPath) {
  if (process.env.CI === "true") {
    throw new Error("No Chromium found (looked for CHROMIUM_PATH, /usr/bin/chromium …); under CI the browser tests must run.");
  }
  console.log("skipped: no Chromium (install it with `apt-get install chromium` or set CHROMIUM_PATH)");
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel(/Email address|E-Mail-Adresse/).fill(email);
  await page.getByLabel(/^(Password|Passwort)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Anmelden)$/ }).click();
  await page.waitForURL(/\/articles/);
}

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { baseUrl } from "./http";

const require = createRequire(import.meta.url);
// React's own encoder for server-action arguments, as the browser uses it (FormData included).
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

export const SOME_ID = "00000000-0000-7000-8000-000000000000";

/** Every server action of the production build, with a page that serves it. */
export function builtActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).sort()[0]!;
    const page = worker.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, SOME_ID) || "/";
    return { id, name: entry.exportedName, page };
  });
}

export function actionByName(name: string) {
  const action = builtActions().find((candidate) => candidate.name === name);
  if (!action) throw new Error(`No server action ${name} in the build`);
  return action;
}

/**
 * Calls a form server action over HTTP exactly as React does in the browser: `(previousState,
 * formData)` encoded by React, same origin unless told otherwise. Returns the status and the raw
 * flight text (the action's state object appears in it as JSON).
 */
export async function callFormAction(name: string, fields: Record<string, string>, options: { cookie?: string | null; origin?: string } = {}) {
  const action = actionByName(name);
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const body = await encodeReply([null, form]);
  const response = await fetch(`${baseUrl()}${action.page}`, {
    method: "POST",
    headers: { "next-action": action.id, origin: options.origin ?? baseUrl(), ...(options.cookie && { cookie: options.cookie }) },
    body,
  });
  // An action that finished by redirecting names the address in this header (its state is not sent).
  return { status: response.status, text: await response.text(), redirect: response.headers.get("x-action-redirect") };
}

/** The action's returned state (`{ ok, data | message }`) out of the flight text. */
export function actionState(text: string): { ok: boolean; data?: any; message?: string; fieldErrors?: Record<string, string> } {
  for (const line of text.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json);
      if (value && typeof value === "object" && "ok" in value) return value;
    } catch {}
  }
  throw new Error(`No action state in: ${text.slice(0, 300)}`);
}

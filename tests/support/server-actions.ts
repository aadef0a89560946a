import { readFileSync } from "node:fs";
import path from "node:path";
import { baseUrl } from "./http";

const SOME_ID = "00000000-0000-7000-8000-000000000000";

export interface BuiltAction {
  id: string;
  /** The exported function's name, e.g. "revokeApiTokenAction". */
  name: string;
  /** A page that imports the action, where the browser posts it. */
  page: string;
}

/** Every server action of the production build, from Next.js's server reference manifest. */
export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).sort()[0]!;
    const page = worker.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, SOME_ID) || "/";
    return { id, name: entry.exportedName, page };
  });
}

/**
 * Calls a server action the way React's client does (encodeReply): arguments as JSON in part "0"; a
 * FormData argument becomes a "$K<n>" reference whose fields are sent as "_<n>_<field>" parts.
 */
export async function callAction(action: BuiltAction, args: unknown[], cookie?: string) {
  const body = new FormData();
  let nextPart = 1;
  const encoded = args.map((arg) => {
    if (!(arg instanceof FormData)) return arg;
    const part = nextPart++;
    for (const [key, value] of arg.entries()) body.append(`_${part}_${key}`, value);
    return `$K${part.toString(16)}`;
  });
  body.set("0", JSON.stringify(encoded));
  const response = await fetch(`${baseUrl()}${action.page}`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": action.id, origin: baseUrl(), accept: "text/x-component", ...(cookie && { cookie }) },
    body,
  });
  return { status: response.status, text: await response.text(), setCookies: response.headers.getSetCookie() };
}

/** A form as the browser submits it. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

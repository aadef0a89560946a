import { inject } from "vitest";

export const baseUrl = () => inject("baseUrl");

/** Signs in through next-auth's real credentials endpoint (of the shared server unless `base` names another) and returns the session cookie header. */
export async function signIn(email: string, password: string, base = baseUrl(), extraCookie = ""): Promise<{ cookie: string | null; error: string | null }> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = [cookieHeader(csrfResponse), extraCookie].filter(Boolean).join("; ");
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  // A refusal comes back as a redirect or (json mode) as 401 with { url }; either carries ?error=.
  const location = response.headers.get("location") ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? "";
  const error = new URL(location, base).searchParams.get("error");
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  return { cookie: session ? session.split(";")[0]! : null, error };
}

function cookieHeader(response: Response): string {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

export interface ApiCall {
  method?: string;
  cookie?: string | null;
  token?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

export async function api(path: string, call: ApiCall = {}) {
  const headers: Record<string, string> = { ...call.headers };
  if (call.cookie) headers.cookie = call.cookie;
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.json !== undefined) headers["content-type"] ??= "application/json";
  const response = await fetch(`${baseUrl()}${path}`, {
    method: call.method ?? (call.json !== undefined || call.body ? "POST" : "GET"),
    headers,
    body: call.json !== undefined ? JSON.stringify(call.json) : call.body,
  });
  const text = await response.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body, text };
}

/**
 * A request from a chosen local address (any 127.x.y.z reaches the test server on 127.0.0.1), so a
 * test can act as a different network client than every other test.
 */
export async function requestFrom(localAddress: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { request } = await import("node:http");
  const url = new URL(path, baseUrl());
  return new Promise<{ status: number; setCookies: string[]; location: string | null; text: string }>((resolve, reject) => {
    const req = request(url, { method: init.method ?? "GET", headers: init.headers, localAddress }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, setCookies: res.headers["set-cookie"] ?? [], location: res.headers.location ?? null, text }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/** signIn from a chosen local address, with extra (for example spoofed forwarding) headers. */
export async function signInFrom(localAddress: string, email: string, password: string, headers: Record<string, string> = {}) {
  const csrf = await requestFrom(localAddress, "/api/auth/csrf", { headers });
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const response = await requestFrom(localAddress, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: csrf.setCookies.map((c) => c.split(";")[0]).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  // A refusal comes back as 401 with { url } (json mode) or as a redirect; either carries ?error=.
  let target = response.location;
  try {
    target ??= (JSON.parse(response.text) as { url?: string }).url ?? null;
  } catch {}
  const error = new URL(target ?? "/", baseUrl()).searchParams.get("error");
  const session = response.setCookies.find((c) => c.startsWith("next-auth.session-token="));
  return { cookie: session ? session.split(";")[0]! : null, error, status: response.status, location: target };
}

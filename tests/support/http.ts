import { inject } from "vitest";

export const baseUrl = () => inject("baseUrl");

/** Signs in through next-auth's real credentials endpoint and returns the session cookie header. */
export async function signIn(email: string, password: string): Promise<{ cookie: string | null; error: string | null }> {
  const csrfResponse = await fetch(`${baseUrl()}/api/auth/csrf`);
  const csrfCookie = cookieHeader(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const location = response.headers.get("location") ?? "";
  const error = new URL(location, baseUrl()).searchParams.get("error");
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

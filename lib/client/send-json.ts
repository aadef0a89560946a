// The browser side of the JSON API: one place that turns the API's error shape into what forms show.

export interface Problem {
  status: number;
  message: string;
  /** Field name → message, from a 400's validation details. */
  fields: Record<string, string>;
  details: unknown;
}

export type SendResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/** A body sent as it is (a form with a file, an NDJSON file) rather than as JSON. */
export class RawBody {
  constructor(
    readonly body: BodyInit,
    readonly contentType?: string,
    /** More request headers (e.g. the uploaded file's name). */
    readonly headers: Record<string, string> = {},
  ) {}
}

export async function sendJson<T>(url: string, method: "POST" | "PATCH" | "PUT" | "DELETE", body?: unknown): Promise<SendResult<T>> {
  try {
    const raw = body instanceof RawBody;
    const contentType = raw ? body.contentType : body === undefined ? undefined : "application/json";
    const response = await fetch(url, {
      method,
      headers: { ...(raw ? body.headers : {}), ...(contentType ? { "content-type": contentType } : {}) },
      body: raw ? body.body : body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: payload?.data as T };
    const details = payload?.error?.details;
    const list: { field?: string; message: string }[] = Array.isArray(details) ? details : [];
    return {
      ok: false,
      problem: {
        status: response.status,
        message: payload?.error?.message ?? response.statusText,
        fields: Object.fromEntries(list.filter((d) => d.field).map((d) => [d.field, d.message])),
        details,
      },
    };
  } catch {
    return {
      ok: false,
      problem: { status: 0, message: "The server could not be reached. Your input is still here; try again.", fields: {}, details: null },
    };
  }
}

import { builtActions as listBuiltActions } from "./actions";
import { baseUrl } from "./http";

export interface BuiltAction {
  id: string;
  /** The exported function's name, e.g. "revokeApiTokenAction". */
  name: string;
  /** A page that imports the action, where the browser posts it. */
  page: string;
}

// The build's action list is read in one place (./actions.ts), shared with the permission matrix.
export function builtActions(): BuiltAction[] {
  return listBuiltActions();
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

import { AppError } from "@/lib/server/errors";

/**
 * The request's query parameters as one value each, for a route's zod schema. A parameter given twice is
 * refused: `Object.fromEntries` kept the last one silently, so `?language=en&language=de` reset the German
 * model while a client showed English (hostile probe of stop 33).
 */
export function queryParams(req: Request): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URL(req.url).searchParams) {
    if (Object.hasOwn(params, name)) throw new AppError("INVALID_INPUT", `The query parameter "${name}" is given more than once.`);
    params[name] = value;
  }
  return params;
}

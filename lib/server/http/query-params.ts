import { AppError } from "@/lib/server/errors";

/**
 * The request's query parameters as one value each, for a route's zod schema. A parameter given twice is
 * refused: `Object.fromEntries` kept the last one silently, so `?language=en&language=de` reset the German
 * model while a client showed English (hostile probe of stop 33).
 */
export function queryParams(req: Request): Record<string, string> {
  return singleValues(new URL(req.url).searchParams, (name) => `The query parameter "${name}" is given more than once.`);
}

/** A form body's fields, one value each, as queryParams (probe of stop 41: the report's POST kept the last "format"). */
export function formFieldsOnce(body: string): Record<string, string> {
  return singleValues(new URLSearchParams(body), (name) => `The field "${name}" is given more than once.`);
}

function singleValues(entries: URLSearchParams, repeated: (name: string) => string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (Object.hasOwn(values, name)) throw new AppError("INVALID_INPUT", repeated(name));
    values[name] = value;
  }
  return values;
}

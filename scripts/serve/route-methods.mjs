// The HTTP methods each API route file exports, read from the source tree (which ships beside the
// build, also in the Docker image). serve.mjs names them in a 405's Allow header; the OpenAPI test
// checks the document against the same list.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const EXPORTED_METHOD = /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|export \{([^}]*)\}/g;

/** The methods one route file exports, in file order ("export { handler as GET }" included). */
export function exportedMethods(source) {
  const methods = [];
  for (const [, declared, list] of source.matchAll(EXPORTED_METHOD)) {
    if (declared) methods.push(declared);
    else for (const [, name] of list.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.push(name);
  }
  return methods;
}

/** Route pattern as Next.js names it ("/api/v1/claims/[id]") → the methods its route.ts exports. */
export function routeMethods(appDir, under = "api") {
  const routes = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") routes.set(`/${path.relative(appDir, dir).split(path.sep).join("/")}`, exportedMethods(readFileSync(full, "utf8")));
    }
  };
  walk(path.join(appDir, under));
  return routes;
}

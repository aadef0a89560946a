// The raw HTTP layer answers a few errors before the app runs (a broken %-escape, a method no route takes). It
// answers them in the language the app would (hostile probe of stop 39: they stayed English under
// Accept-Language: de): the language switch's cookie for a browser, else Accept-Language. (A request whose
// headers are over 16 KB cannot be read at all, so its 431 stays English.)

const GERMAN = {
  "The address is not valid: it contains a broken %-escape.": "Die Adresse ist ungültig: Sie enthält eine fehlerhafte %-Kodierung.",
  "The request target must be a path on this server, starting with a single /.": "Das Ziel der Anfrage muss ein Pfad auf diesem Server sein, der mit einem einzelnen / beginnt.",
};

/** True when the request asks for German. */
export function readsGerman(req) {
  const headers = req.headers ?? {};
  if (!headers.authorization) {
    const cookie = /(?:^|;\s*)factdesk-locale=(de|en)(?:;|$)/.exec(headers.cookie ?? "");
    if (cookie) return cookie[1] === "de";
  }
  const ranked = String(headers["accept-language"] ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { base: tag.toLowerCase().split("-")[0], q: q ? Number(q) : 1 };
    })
    .filter((entry) => entry.q > 0 && (entry.base === "de" || entry.base === "en"))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.base === "de";
}

/** `message` in the reader's language. */
export function inReadersLanguage(req, message) {
  return readsGerman(req) ? (GERMAN[message] ?? message) : message;
}

/** "The method X is not allowed here. This address takes …" in the reader's language. */
export function methodNotAllowed(req, allowed = []) {
  if (readsGerman(req)) return `Die Methode ${req.method} ist hier nicht erlaubt.${allowed.length ? ` Diese Adresse nimmt ${allowed.join(", ")} an.` : ""}`;
  return `The method ${req.method} is not allowed here.${allowed.length ? ` This address takes ${allowed.join(", ")}.` : ""}`;
}

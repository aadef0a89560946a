// Why fetching an address failed, in words a fact-checker can act on. Network, DNS and TLS error
// codes are grouped into a few reasons; each sentence says what to do next, and never shows the code.

export type FetchFailureReason =
  | "no-such-host"
  | "unreachable"
  | "certificate"
  | "timeout"
  | "private-address"
  | "too-large"
  | "page-missing"
  | "page-forbidden"
  | "site-error"
  | "too-many-redirects"
  | "not-web-address";

/** What the person can do instead: paste the article (import), type the details (source lookup), upload the file (known fact-checks), or nothing (archive). */
export type FetchFallback = "paste" | "fill-in" | "upload" | "none";

export interface FetchFailure {
  reason: FetchFailureReason;
  /** Values the sentence names (host, seconds, megabytes, HTTP status), for translating it. */
  params: Record<string, string | number>;
  message: string;
}

const FALLBACKS: Record<Exclude<FetchFallback, "none">, string> = {
  paste: "paste the article's text instead",
  "fill-in": "fill in the title and publisher yourself",
  upload: "save the page's ClaimReviews as a file and upload that instead",
};

/** "Check the address, or paste the article's text instead." */
const orElse = (advice: string, fallback: FetchFallback) => (fallback === "none" ? `${advice}.` : `${advice}, or ${FALLBACKS[fallback]}.`);
/** " Paste the article's text instead." when nothing else helps. */
const only = (fallback: FetchFallback) => (fallback === "none" ? "" : ` ${FALLBACKS[fallback][0]!.toUpperCase()}${FALLBACKS[fallback].slice(1)}.`);

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "ENODATA"]);
const TIMEOUT_CODES = new Set(["ETIMEDOUT", "ESOCKETTIMEDOUT", "ECONNABORTED"]);

/** A TLS problem: Node's `ERR_TLS_*`/`ERR_SSL_*` codes and OpenSSL's certificate verification codes. */
const isCertificateCode = (code: string) =>
  /^(ERR_TLS_|ERR_SSL_|EPROTO$)/.test(code) || /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|SIGNATURE/.test(code);

/** The failure for a low-level error code (`error.code` of a failed request). */
export function networkFailure(code: string | undefined, host: string, fallback: FetchFallback): FetchFailure {
  const known = code ?? "";
  if (DNS_CODES.has(known)) {
    // (ENOTFOUND where no name service answers too: the address may be right, so the advice is not only about typos.)
    const advice = fallback === "none" ? "Check the address, or try again later" : "Check the address or try again later";
    return {
      reason: "no-such-host",
      params: { host },
      message: `The name ${host} could not be looked up: there may be no such website, or Factdesk could not reach a name service just now. ${orElse(advice, fallback)}`,
    };
  }
  if (isCertificateCode(known)) {
    return {
      reason: "certificate",
      params: { host },
      message: `The site ${host} could not prove that it is the site in the address (its security certificate does not match), so Factdesk did not open it. ${orElse("Check the address", fallback)}`,
    };
  }
  if (TIMEOUT_CODES.has(known)) return timeoutFailure(10, fallback);
  return { reason: "unreachable", params: { host }, message: `The address could not be reached. ${orElse("Check the address", fallback)}` };
}

export function timeoutFailure(seconds: number, fallback: FetchFallback): FetchFailure {
  return { reason: "timeout", params: { seconds }, message: `The page did not answer within ${seconds} seconds. ${orElse("Try again later", fallback)}` };
}

export function statusFailure(status: number, fallback: FetchFallback): FetchFailure {
  if (status === 404 || status === 410) {
    return { reason: "page-missing", params: { status }, message: `The site says this page does not exist (HTTP ${status}). ${orElse("Check the address", fallback)}` };
  }
  if (status === 401 || status === 403 || status === 451) {
    return {
      reason: "page-forbidden",
      params: { status },
      message: `The site did not let Factdesk read this page (HTTP ${status}); it may need a sign-in or a subscription.${only(fallback)}`,
    };
  }
  return { reason: "site-error", params: { status }, message: `The site answered with an error (HTTP ${status}). ${orElse("Try again later", fallback)}` };
}

export const otherFailures = {
  privateAddress: (fallback: FetchFallback): FetchFailure => ({
    reason: "private-address",
    params: {},
    message: `That address points into a private network; Factdesk does not fetch from there.${only(fallback)}`,
  }),
  tooLarge: (megabytes: number, fallback: FetchFallback): FetchFailure => ({
    reason: "too-large",
    params: { megabytes },
    message: `The page is larger than ${megabytes} MB, more than Factdesk reads.${only(fallback)}`,
  }),
  tooManyRedirects: (fallback: FetchFallback): FetchFailure => ({
    reason: "too-many-redirects",
    params: {},
    message: `The address redirects too often. ${orElse("Open it in your browser and use the address it ends at", fallback)}`,
  }),
  notWebAddress: (): FetchFailure => ({
    reason: "not-web-address",
    params: {},
    message: "Only http and https addresses can be fetched. Give the page's web address (https://…).",
  }),
};

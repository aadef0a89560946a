// The headers every response carries. Scripts run only with this response's nonce (Next.js puts it on
// its own scripts when it finds it in the request's policy) — no 'unsafe-inline' for scripts. Styles
// keep 'unsafe-inline': charts and verdict colours are style attributes, which nonces cannot cover.

export interface SecurityHeaderOptions {
  nonce: string;
  /** The app is served over HTTPS (its public URL): send HSTS and upgrade stray http requests. */
  https: boolean;
  /** Next's dev server evaluates code and talks over a websocket. */
  development?: boolean;
  /** Public fact-check pages show the publishing organisation's logo from its own (https) site. */
  remoteImages?: boolean;
}

export function contentSecurityPolicy({ nonce, https, development = false, remoteImages = false }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${remoteImages ? " https:" : ""}`,
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options),
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "cross-origin-opener-policy": "same-origin",
    ...(options.https && { "strict-transport-security": "max-age=63072000; includeSubDomains" }),
  };
}

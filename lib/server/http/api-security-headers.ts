import { securityHeaders } from "@/lib/domain/http/security-headers";

/**
 * The security headers of pages, on an API answer. API routes are outside proxy.ts (the proxy would
 * buffer and cut request bodies at 10 MB), so their handlers set the headers themselves; JSON runs
 * no scripts, so the policy's nonce is a fresh random one that nothing uses.
 */
export function withSecurityHeaders(response: Response): Response {
  const headers = securityHeaders({ nonce: btoa(crypto.randomUUID()), https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://") });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

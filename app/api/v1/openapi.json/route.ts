import { withSecurityHeaders } from "@/lib/server/http/api-security-headers";
import { openApiDocument } from "@/lib/server/http/openapi-document";

// The API's description is public: it holds no data, and clients need it before they have a token.
const document = openApiDocument();

export function GET() {
  return withSecurityHeaders(Response.json(document, { headers: { "cache-control": "public, max-age=300" } }));
}

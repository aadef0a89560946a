import { AppError } from "@/lib/server/errors";
import { withSecurityHeaders } from "@/lib/server/http/api-security-headers";
import { errorLocale } from "@/lib/server/http/api-route";
import { errorResponse } from "@/lib/server/http/error-response";
import { requestIdOf } from "@/lib/server/observability/request-context";

// Unknown API paths answer in the API's JSON error shape rather than with the HTML 404 page.
const unknown = async (req: Request) =>
  withSecurityHeaders(errorResponse(new AppError("NOT_FOUND", "There is no such API endpoint."), requestIdOf(req.headers), await errorLocale(req)));

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };

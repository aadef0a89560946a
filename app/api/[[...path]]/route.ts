// Unknown paths outside /api/v1 (and /api/v1 itself) answer in the API's JSON error shape too, not with the HTML page.
export { GET, POST, PUT, PATCH, DELETE } from "../v1/[[...path]]/route";

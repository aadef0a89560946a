import { ALLOW } from "./malformed-path.mjs";

// Requests Node refuses before the app sees them: an address or headers over Node's 16 KB, a request
// line it cannot read, a request that took too long. Node answers those with an empty body; a client
// of the JSON API gets a sentence saying what to do instead (hostile probe of stop 38: a report's
// `claims=` list of 1,000 ids in the address met an empty 431).

const ANSWERS = {
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large", "HEADERS_TOO_LARGE", "The request's address or headers are longer than 16 KB. Send a long list (such as report claims) in a POST body instead."],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout", "REQUEST_TIMEOUT", "The request took too long to arrive. Try again on a faster connection."],
};
const MALFORMED = [400, "Bad Request", "INVALID_INPUT", "The request could not be read as HTTP."];
// A method Node's parser does not know ("get", "X-FOO", a name of thousands of letters): the same 405 as for a known
// method no route takes, with the methods there are (re-probe of stop 40: a bare "could not be read" 400).
const UNKNOWN_METHOD = [405, "Method Not Allowed", "METHOD_NOT_ALLOWED", `This method is not allowed here. The addresses take ${ALLOW}.`];

/** @param {import("node:http").Server} server */
export function answerClientErrors(server) {
  // CONNECT never reaches the request handler (Node emits "connect"); without a listener the socket just closed.
  server.on("connect", (_req, socket) => {
    const body = JSON.stringify({ error: { code: "METHOD_NOT_ALLOWED", message: "The method CONNECT is not allowed here." } });
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  server.on("clientError", (error, socket) => {
    // A reset or a half-closed socket has nobody left to answer.
    if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
    const [status, reason, code, message] = ANSWERS[error.code] ?? (error.code === "HPE_INVALID_METHOD" ? UNKNOWN_METHOD : MALFORMED);
    const body = JSON.stringify({ error: { code, message } });
    const allow = status === 405 ? `Allow: ${ALLOW}\r\n` : "";
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\n${allow}Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

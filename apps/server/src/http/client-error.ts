import { randomUUID } from "node:crypto";
import type { Socket } from "node:net";
import { resolveLocale } from "@ghorfa/i18n";
import type { FastifyBaseLogger } from "fastify";
import type { Issue } from "./field-errors";
import { type ProblemError, problemBody } from "./problem";
import { issueProblem } from "./validate";

// Node's HTTP parser refuses some requests before fastify sees a request at all: headers past
// `maxHeaderSize` (Node says 431), bytes that are not HTTP (400), a request not received in time
// (408). fastify's default answer is its own JSON; ours is the contract's problem+json like every
// other answer. The contract's kinds have one status each and none is 408 or 431: the caller sent
// something the contract cannot read, which is a 400 validation problem pointing at the headers.

const headersTooLarge = (maxHeaderSize: number): Issue => ({
  code: "too_big",
  origin: "string",
  maximum: maxHeaderSize,
  inclusive: true,
  input: null,
  path: [],
  message: "The headers are too large",
});
const incomplete: Issue = {
  code: "invalid_type",
  expected: "object",
  input: undefined,
  path: [],
  message: "The request did not arrive in time",
};
const notHttp: Issue = {
  code: "invalid_format",
  format: "regex",
  pattern: "",
  input: "",
  path: [],
  message: "Not an HTTP/1.1 request",
};

/** The problem for a request Node's HTTP server could not read, by the error's code. */
export function clientErrorProblem(code: string | undefined, maxHeaderSize: number): ProblemError {
  if (code === "HPE_HEADER_OVERFLOW") return issueProblem("headers", headersTooLarge(maxHeaderSize));
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return issueProblem("headers", incomplete);
  return issueProblem("headers", notHttp);
}

/** The Accept-Language of what the parser read before it failed, if any; bounded, no full parse. */
function acceptLanguage(raw: Buffer): string | undefined {
  const head = raw.subarray(0, 16_384).toString("latin1");
  return /\r\naccept-language:[ \t]*([^\r\n]{0,256})/i.exec(head)?.[1];
}

const REASON: Record<number, string> = { 400: "Bad Request" };

/**
 * fastify's `clientErrorHandler`: there is no request nor reply, only the socket, so the answer is a
 * whole HTTP/1.1 response written by hand, in the caller's language when the bytes read say it,
 * else the default (ar-MA), and the connection is closed after it.
 */
export function clientErrorHandler(logger: FastifyBaseLogger, maxHeaderSize: number) {
  return (error: Error, socket: Socket): void => {
    const { code, rawPacket } = error as { code?: string; rawPacket?: unknown };
    // A connection reset has nobody to answer.
    if (code === "ECONNRESET" || socket.destroyed) return;
    logger.debug({ code }, "unreadable request");
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const problem = clientErrorProblem(code, maxHeaderSize);
    const locale = resolveLocale(Buffer.isBuffer(rawPacket) ? acceptLanguage(rawPacket) : undefined);
    const requestId = randomUUID();
    const body = Buffer.from(JSON.stringify(problemBody(problem, locale, requestId)));
    const head =
      `HTTP/1.1 ${problem.status} ${REASON[problem.status] ?? "Error"}\r\n` +
      "Content-Type: application/problem+json; charset=utf-8\r\n" +
      `Content-Length: ${body.length}\r\n` +
      `X-Request-Id: ${requestId}\r\n` +
      "Connection: close\r\n\r\n";
    // end(), not write() then destroy(): destroying at once may drop the answer before it is sent.
    socket.end(Buffer.concat([Buffer.from(head, "latin1"), body]));
    socket.once("finish", () => socket.destroySoon?.());
  };
}

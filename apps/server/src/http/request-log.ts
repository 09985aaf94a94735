import { type FastifyReply, type FastifyRequest, LogController } from "fastify";

/** What a request's log line may say about its caller, set by the auth step. */
export interface LoggedCaller {
  keyId: string;
  chamberId: string;
}

declare module "fastify" {
  interface FastifyRequest {
    loggedCaller?: LoggedCaller;
  }
}

/**
 * One line per request: id, method, route pattern, status, duration, and the key's id and chamber.
 * Never the path as sent nor the query string (a path segment or `q` may hold a person's name,
 * e-mail or phone: the caller chooses them freely), never a body, never a header.
 */
export function logRequest(request: FastifyRequest, reply: FastifyReply): void {
  const route = request.routeOptions.url;
  const matched = route !== undefined && !request.is404;
  request.log.info(
    {
      method: request.method,
      route: matched ? route : "(unmatched)",
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
      ...(request.loggedCaller
        ? { keyId: request.loggedCaller.keyId, chamber: request.loggedCaller.chamberId }
        : {}),
    },
    "request",
  );
}

/**
 * fastify's own request lines would carry the URL with its query string (and, for an unknown
 * route, the path as typed): this controller writes the line above instead, and nothing else.
 */
export class RequestLogController extends LogController {
  constructor() {
    super({ disableRequestLogging: false, requestIdLogLabel: "requestId" });
  }
  override incomingRequest(): void {}
  override routeNotFound(): void {}
  override requestCompleted(
    _error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    logRequest(request, reply);
  }
}

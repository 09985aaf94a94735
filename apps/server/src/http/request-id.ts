import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { RequestIdHeader } from "@ghorfa/contract";

/** Whether a caller's `X-Request-Id` may be echoed: the contract's form (1–200 visible ASCII). */
export function isSaneRequestId(value: unknown): value is string {
  return typeof value === "string" && RequestIdHeader.safeParse(value).success;
}

/** fastify's `genReqId`: the caller's `X-Request-Id` when it is sane, else a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return isSaneRequestId(given) ? given : randomUUID();
}

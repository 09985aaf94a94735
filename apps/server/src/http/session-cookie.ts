import { SESSION_COOKIE } from "@ghorfa/contract";
import type { FastifyRequest } from "fastify";
import type { Config } from "../config";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The session token of the request's Cookie header; undefined without one of the right shape. */
export function sessionTokenOf(cookie: string | undefined): string | undefined {
  if (cookie === undefined) return undefined;
  for (const pair of cookie.split(";")) {
    const at = pair.indexOf("=");
    if (at < 0 || pair.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(at + 1).trim();
    if (TOKEN.test(value)) return value;
  }
  return undefined;
}

/**
 * Whether the cookie is sent only over HTTPS: when the request came over it (as a proxy in front
 * says it, when the node trusts it) or when the node is told it always is.
 */
export function isSecure(request: FastifyRequest, config: Config): boolean {
  return config.secureCookies || request.protocol === "https";
}

/**
 * The Set-Cookie of a session: HttpOnly (no script reads it), SameSite=Lax (no other site's form
 * or fetch sends it with a write), for the whole node, until the session's absolute expiry.
 * `token` undefined clears it.
 */
export function sessionCookie(
  token: string | undefined,
  options: { secure: boolean; maxAgeSeconds: number },
) {
  const parts = [
    `${SESSION_COOKIE}=${token ?? ""}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${token === undefined ? 0 : Math.max(0, Math.floor(options.maxAgeSeconds))}`,
  ];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

/** The origin browsers reach this node at: configured, or the request's own scheme and host. */
export function ownOrigin(request: FastifyRequest, config: Config): string {
  return config.publicOrigin ?? `${request.protocol}://${request.host}`;
}

/** Whether the request's Origin names this node; `absent` says what a request without one gets. */
export function isSameOrigin(request: FastifyRequest, config: Config, absent: boolean): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return absent;
  return origin === ownOrigin(request, config);
}

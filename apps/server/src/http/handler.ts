import type { AccessView, ParsedRouteInput, RouteKey, RouteReply, Routes } from "@ghorfa/contract";
import type { Locale } from "@ghorfa/i18n";
import type { MemberId } from "@ghorfa/schemas";
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../config";
import type { Database } from "../db/connect";
import type { Mailer } from "../mail/mailer";
import type { Principal } from "./auth";
import type { KeyGate } from "./key-gate";

/**
 * The version an If-Match names (NaN for a tag that names none). A route whose If-Match is
 * required always has one (the pipeline answers 428 without it); any other, undefined without.
 */
export type IfVersion<K extends RouteKey> = Routes[K] extends { readonly ifMatch: "required" }
  ? number
  : number | undefined;

/** What a route's implementation is given once the request passed every check of the contract. */
export interface HandlerContext<K extends RouteKey> {
  /** The database, or the transaction that also holds the request's Idempotency-Key. */
  readonly db: Database;
  readonly input: ParsedRouteInput<Routes[K]>;
  readonly caller: Principal | null;
  /** `public` when the caller gets only the public view (fields and rows) of the resource. */
  readonly view: AccessView;
  /**
   * The member a member's session acts for, on the routes of the contract's `MEMBER_ROUTES`: their
   * implementations read only its records. Undefined for every other caller.
   */
  readonly member: MemberId | undefined;
  readonly locale: Locale;
  readonly ifVersion: IfVersion<K>;
  readonly config: Config;
  /** What this replica knows of keys: a revoked key is forgotten at once. */
  readonly gate: KeyGate;
  /** Sends the node's e-mail (a password-reset link); SMTP, or a log line when none is configured. */
  readonly mailer: Mailer;
  // sign-in (issue 15)
  /** The node's clock when the request arrived: tests set it. */
  readonly now: Date;
  /** What the sign-in routes read of the request and set on the answer, beyond the contract's input. */
  readonly http: HttpExchange;
}

/** The cookie side of a request: the session token it came with, and the Set-Cookie of its answer. */
export interface HttpExchange {
  /** The token of the `ghorfa_session` cookie, whatever its session. */
  readonly sessionToken: string | undefined;
  /** The client's address (behind a trusted proxy, the one it forwards). */
  readonly address: string;
  /** The origin browsers reach the node at (GHORFA_PUBLIC_ORIGIN, or the request's own): links in e-mail point there. */
  readonly origin: string;
  /** Whether the session cookie is set `Secure`. */
  readonly secureCookie: boolean;
  setCookie(value: string): void;
  /** The request's logger, for work that goes on after the answer (sending an e-mail). */
  readonly log: FastifyBaseLogger;
}

/** What an implementation answers; the pipeline serializes `body` with the route's response schema. */
export interface HandlerResult<K extends RouteKey> {
  readonly body: RouteReply<Routes[K]>;
  /** The record's version, sent as the ETag. */
  readonly version?: number;
  /** Where a created resource can be read. */
  readonly location?: string;
  /** The language of the words in `body`, for routes whose response is localized. */
  readonly contentLanguage?: Locale;
}

export type Handler<K extends RouteKey> = (context: HandlerContext<K>) => Promise<HandlerResult<K>>;

/** One implementation for every route of the contract: a route without one fails the typecheck. */
export type Handlers = { readonly [K in RouteKey]: Handler<K> };

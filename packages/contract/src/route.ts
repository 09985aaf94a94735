import * as z from "zod";
import type { Access } from "./access";
import { REQUEST_HEADERS, type ResponseHeaderName } from "./headers";
import { own } from "./owned";
import { PROBLEM_KINDS, type ProblemKind } from "./problems";
import type { Tag } from "./tags";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";
export type SuccessStatus = 200 | 201 | 204;

/** A route as its author writes it: plain data and zod schemas, no HTTP library. */
export interface RouteDefinition {
  readonly method: HttpMethod;
  /** OpenAPI-style template: `/chambers/{chamberId}/members/{memberId}`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: Tag;
  /** One entry per `{name}` of the path, no more. */
  readonly params?: z.ZodObject;
  /** Query strings are text: numeric fields coerce. */
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  readonly access: Access;
  /** Takes `limit`/`cursor` (in `query`) and answers a `Page`. */
  readonly paginated?: boolean;
  /** The success response carries an ETag (reads, and writes that return the resource). */
  readonly etag?: boolean;
  /** If-Match: "required" answers 428 without it; both answer 412 when it is stale. */
  readonly ifMatch?: "required" | "optional";
  /** The response holds words in the caller's language (Content-Language is set). */
  readonly localized?: boolean;
  /**
   * Exactly one success status; `null` for no body (204). A write with a body answers the whole
   * entity it leaves behind (`Member`, `Lease`…). Bodies are built from the entity's fields and
   * cannot carry its cross-field rules, so the node checks the record it is about to store against
   * that response schema, and answers 400 validation (pointers into `/body`) when it fails.
   */
  readonly responses: { readonly [S in SuccessStatus]?: z.ZodType | null };
  /**
   * The success response holds a secret that is shown this once (an API key's). The node keeps
   * no copy of it, not even for an Idempotency-Key: a retry of the request answers 409 conflict
   * with the Location of what the first one created, never the secret again.
   */
  readonly showsSecretOnce?: boolean;
  /**
   * The route acts on the request's sign-in session (the `ghorfa_session` cookie) and answers 401
   * without one. Its access stays `public`: a key carries no session, so no scope opens it.
   */
  readonly needsSession?: true;
  /**
   * Problems particular to this route; the common ones are added from the other fields (a route
   * whose body or query names a chamber the node may not host adds `not-found` here).
   */
  readonly problems?: readonly ProblemKind[];
}

type Optional<N extends keyof typeof REQUEST_HEADERS> = z.ZodOptional<(typeof REQUEST_HEADERS)[N]["schema"]>;

/** The If-Match rule of a route definition, `undefined` when it has none. */
type IfMatchOf<D> = D extends { readonly ifMatch: infer I } ? I : undefined;

/** The request headers of a route of method `M` and If-Match rule `I`, by lowercase name. */
type HeadersShape<M extends HttpMethod, I> = {
  "accept-language": Optional<"Accept-Language">;
  "x-request-id": Optional<"X-Request-Id">;
  "ghorfa-version": Optional<"Ghorfa-Version">;
} & ([M] extends ["GET"] ? unknown : { "idempotency-key": Optional<"Idempotency-Key"> }) &
  ([I] extends ["required" | "optional"] ? { "if-match": Optional<"If-Match"> } : unknown);

/** The request headers of a route, by lowercase name: the common ones, then what the route needs. */
export type RouteHeadersShape<D extends RouteDefinition> = HeadersShape<D["method"], IfMatchOf<D>>;

/** The headers schema of a route; any object schema for a route of unknown shape. */
export type RouteHeadersSchema<D extends RouteDefinition> = RouteExtras<D["method"], IfMatchOf<D>>["headers"];

/**
 * What `route()` adds: everything a server or client derives, computed once here. It takes what
 * it depends on (method, If-Match rule, success status), not the whole definition, so that a
 * route's declaration states its definition once.
 */
export interface RouteExtras<
  M extends HttpMethod = HttpMethod,
  I = unknown,
  S extends SuccessStatus = SuccessStatus,
> {
  /** Request headers to validate (lowercase names, as HTTP servers give them; others pass). */
  readonly headers: HttpMethod extends M ? z.ZodObject : z.ZodObject<HeadersShape<M, I>>;
  /** Every problem kind the route may answer with, by status. */
  readonly problems: readonly ProblemKind[];
  /** The one success status: 200, 201 or 204. */
  readonly successStatus: S;
  /** Whether `Idempotency-Key` is accepted: every unsafe route. */
  readonly idempotent: boolean;
  /** Response headers of the success response. */
  readonly responseHeaders: readonly ResponseHeaderName[];
}

export type Route<D extends RouteDefinition = RouteDefinition> = Omit<D, "problems"> &
  RouteExtras<D["method"], IfMatchOf<D>, keyof D["responses"] & SuccessStatus>;

/** The `{name}`s of a path template. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1] as string);
}

function commonProblems(def: RouteDefinition, idempotent: boolean): ProblemKind[] {
  // An Authorization header that is not a valid key is a 401 on every route, public ones too:
  // the node never serves a request as anonymous when it names a key it does not know.
  const kinds: ProblemKind[] = [
    "validation",
    "unsupported-version",
    "unauthorized",
    "rate-limited",
    "internal",
  ];
  // A member's session is refused every route that needs a key but its own records' (issue 15), so
  // any route may answer 403; and a write sent with the session cookie from another origin is refused.
  kinds.push("forbidden");
  if (idempotent) kinds.push("csrf-origin");
  if (def.params) kinds.push("not-found");
  if (idempotent) kinds.push("idempotency-conflict", "conflict");
  if (def.ifMatch) kinds.push("precondition-failed");
  if (def.ifMatch === "required") kinds.push("precondition-required");
  return kinds;
}

const OtherHeader = own(z.unknown(), "request headers this contract does not define pass through");

function requestHeaders<D extends RouteDefinition>(def: D, idempotent: boolean): RouteHeadersSchema<D> {
  const names: Exclude<keyof typeof REQUEST_HEADERS, "If-None-Match">[] = [
    "Accept-Language",
    "X-Request-Id",
    "Ghorfa-Version",
  ];
  if (idempotent) names.push("Idempotency-Key");
  if (def.ifMatch) names.push("If-Match");
  // If-Match stays optional here: its absence is a 428, not a 400, and `ifMatch` says so.
  const shape = Object.fromEntries(
    names.map((name) => [name.toLowerCase(), REQUEST_HEADERS[name].schema.optional()]),
  );
  return z.object(shape).catchall(OtherHeader) as unknown as RouteHeadersSchema<D>;
}

/**
 * Whether the route answers 304 Not Modified to an If-None-Match naming its current ETag. The
 * header is a cache's, not part of the route's input: the document lists it, `headers` does not.
 */
export function answersNotModified(def: Pick<RouteDefinition, "method" | "etag">): boolean {
  return def.method === "GET" && def.etag === true;
}

function successHeaders(def: RouteDefinition, status: SuccessStatus): ResponseHeaderName[] {
  const names: ResponseHeaderName[] = ["Ghorfa-Version", "X-Request-Id"];
  if (def.etag) names.push("ETag");
  if (status === 201) names.push("Location");
  if (def.localized) names.push("Content-Language");
  if (def.access.kind === "public-view") names.push("Ghorfa-View");
  return names;
}

/**
 * Defines a route. Checks what types cannot (path parameters match `params`, one success
 * status, pagination has its query) and derives headers and problems, so that every route
 * follows the same rules without restating them.
 */
/* @__NO_SIDE_EFFECTS__ */
export function route<const D extends RouteDefinition>(def: D): Route<D> {
  const where = `${def.method} ${def.path}`;
  const names = pathParamNames(def.path);
  const keys = Object.keys(def.params?.shape ?? {});
  if (names.join() !== keys.join())
    throw new Error(`${where}: params [${keys}] do not match the path [${names}]`);
  const statuses = Object.keys(def.responses).map(Number) as SuccessStatus[];
  const [successStatus] = statuses;
  if (statuses.length !== 1 || successStatus === undefined)
    throw new Error(`${where}: needs one success status`);
  if (def.paginated && !(def.query?.shape.limit && def.query.shape.cursor)) {
    throw new Error(`${where}: a paginated route takes limit and cursor`);
  }
  if (def.method === "GET" && def.body) throw new Error(`${where}: a GET has no body`);
  const idempotent = def.method !== "GET";
  const kinds = new Set([...commonProblems(def, idempotent), ...(def.problems ?? [])]);
  return {
    ...def,
    headers: requestHeaders(def, idempotent),
    problems: PROBLEM_KINDS.filter((kind) => kinds.has(kind)),
    successStatus: successStatus as keyof D["responses"] & SuccessStatus,
    idempotent,
    responseHeaders: successHeaders(def, successStatus),
  };
}

/** Names each route after its key (`route.key`), for operation ids and SDK resources. */
/* @__NO_SIDE_EFFECTS__ */
export function defineRoutes<const M extends Record<string, Route>>(
  routes: M,
): { [K in keyof M]: M[K] & { readonly key: K } } {
  return Object.fromEntries(Object.entries(routes).map(([key, value]) => [key, { ...value, key }])) as {
    [K in keyof M]: M[K] & { readonly key: K };
  };
}

import {
  type AccessDecision,
  type AnyRoute,
  decideAccess,
  isMemberRoute,
  type RouteKey,
} from "@ghorfa/contract";
import type { MemberId } from "@ghorfa/schemas";
import type { FastifyReply, FastifyRequest, RouteHandlerMethod } from "fastify";
import type { Config } from "../config";
import type { Database } from "../db/connect";
import type { Mailer } from "../mail/mailer";
import { idempotency } from "../services";
import { admit, admitSession, OPERATOR_KEY_ID, operatorCheck, type Principal } from "./auth";
import { matchesNoneMatch, versionOfTag } from "./etag";
import type { Handler, IfVersion } from "./handler";
import { runOnce } from "./idempotent";
import type { KeyGate } from "./key-gate";
import { ProblemError } from "./problem";
import { type Rendered, render, responseProjectors } from "./render";
import { isSameOrigin, isSecure, ownOrigin, sessionTokenOf } from "./session-cookie";
import { parsePart } from "./validate";
import { negotiateVersion } from "./version";

export interface PipelineDeps {
  readonly db: Database;
  readonly config: Config;
  readonly gate: KeyGate;
  readonly mailer: Mailer;
  /** The node's clock; tests set another. */
  readonly now: () => Date;
}

/**
 * What a member's session may do (the contract's `MEMBER_ROUTES`): on those routes in its own
 * chamber, the route in full, its implementation reading only the member's records (`member`);
 * on every other, what anyone may, and 403 where a key is needed. Its role's scopes alone would
 * open every member's records, so they decide nothing here. The sign-in routes are its own.
 */
function memberAccess(
  route: AnyRoute,
  caller: Principal,
  params: Record<string, string>,
): { decision: AccessDecision; member: MemberId | undefined } {
  const memberId = caller.session?.account.memberId ?? null;
  if (
    memberId !== null &&
    isMemberRoute(route.key) &&
    route.access.kind !== "public" &&
    params.chamberId === caller.chamberId
  ) {
    const own = { chamberId: caller.chamberId, scopes: [route.access.scope] };
    return {
      decision: decideAccess(route.access, { caller: own, chamberId: caller.chamberId }),
      member: memberId as MemberId,
    };
  }
  const asAnyone = decideAccess(route.access, { caller: null, chamberId: params.chamberId as never });
  return {
    decision: asAnyone.allowed ? asAnyone : { allowed: false, problem: "forbidden" },
    member: undefined,
  };
}

/** The route's path with its parameters filled in: the canonical address of what it touches. */
function pathOf(route: AnyRoute, params: Record<string, string>): string {
  return route.path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => params[name] ?? "");
}

/**
 * Whose Idempotency-Keys a caller's are: its chamber's (as Stripe scopes keys by account), so a
 * retry sent after a key rotation, with the chamber's new key, is still the same request. The
 * operator's key is the one owner outside every chamber. A member's session owns its keys alone:
 * sharing the chamber's would replay the staff's answers to it.
 */
function idempotencyOwner(caller: Principal): string {
  if (caller.keyId === OPERATOR_KEY_ID) return OPERATOR_KEY_ID;
  if (caller.session?.account.role === "member") return `account:${caller.session.account.id}`;
  return `chamber:${caller.chamberId}`;
}

/**
 * The fastify handler of one contract route: version, key, rate limit, parameters, access, then
 * headers, query and body, all checked against the contract before the implementation runs; an
 * unsafe request with an Idempotency-Key runs in one transaction that ends by recording its key.
 */
export function routeHandler<K extends RouteKey>(
  route: AnyRoute,
  handler: Handler<K>,
  deps: PipelineDeps,
): RouteHandlerMethod {
  const projectors = responseProjectors(route);
  // A caller's X-Request-Id that is not sane is replaced (see request-id.ts), never refused.
  const headerSchema = route.headers.omit({ "x-request-id": true });
  const { db, config, gate, mailer, now } = deps;
  const operator = operatorCheck(config.adminKey);

  return async function handle(request: FastifyRequest, reply: FastifyReply) {
    const locale = request.locale;
    reply.header("ghorfa-version", negotiateVersion(request.headers["ghorfa-version"]));
    const at = now();
    const authorization = request.headers.authorization;
    const sessionToken = sessionTokenOf(request.headers.cookie);
    // A bearer key wins over a cookie: a script that sends a key is not a browser session.
    const caller =
      authorization === undefined && sessionToken !== undefined
        ? await admitSession(gate, db, {
            token: sessionToken,
            address: request.ip,
            lifetime: config.session,
            now: at,
          })
        : await admit(gate, operator, { authorization, address: request.ip });
    if (caller) request.loggedCaller = { keyId: caller.keyId, chamberId: caller.chamberId };
    // A browser sends the cookie with a form another site submits: a write the cookie authenticates
    // must say it comes from this node's pages. Sign-in too, when a browser sends it (with an Origin).
    if (caller?.session && route.method !== "GET" && !isSameOrigin(request, config, false))
      throw new ProblemError("csrf-origin");
    // The sign-in routes a browser sends without a session (sign-in, password reset) too, when it
    // sends them from a page (with an Origin): another site's form may not send them.
    if (route.tag === "auth" && route.method !== "GET" && !isSameOrigin(request, config, true))
      throw new ProblemError("csrf-origin");

    const params = (route.params ? parsePart(route.params, request.params, "params") : {}) as Record<
      string,
      string
    >;
    const { decision, member } =
      caller?.session?.account.role === "member" && route.tag !== "auth"
        ? memberAccess(route, caller, params)
        : {
            decision: decideAccess(route.access, { caller, chamberId: params.chamberId as never }),
            member: undefined,
          };
    if (!decision.allowed) throw new ProblemError(decision.problem);
    const view = decision.view;
    const headers = parsePart(headerSchema, request.headers, "headers") as Record<string, string | undefined>;
    const query = route.query ? parsePart(route.query, request.query ?? {}, "query") : undefined;
    const body = route.body ? parsePart(route.body, request.body, "body") : undefined;

    const ifMatch = headers["if-match"];
    if (route.ifMatch === "required" && ifMatch === undefined)
      throw new ProblemError("precondition-required");

    const run = async (database: Database): Promise<Rendered> => {
      const result = await handler({
        db: database,
        input: { params, query, body } as never,
        caller,
        view,
        member,
        locale,
        // A number whenever the route requires If-Match: the 428 above saw to it.
        ifVersion: (ifMatch === undefined ? undefined : versionOfTag(ifMatch)) as IfVersion<K>,
        config,
        gate,
        mailer,
        now: at,
        http: {
          sessionToken,
          address: request.ip,
          origin: ownOrigin(request, config),
          secureCookie: isSecure(request, config),
          setCookie: (value) => reply.header("set-cookie", value),
          log: request.log,
        },
      });
      return render(route, projectors[view], view, result);
    };

    const idempotencyKey = route.idempotent ? headers["idempotency-key"] : undefined;
    let rendered: Rendered;
    let replayed = false;
    if (idempotencyKey !== undefined && caller) {
      const scope = {
        owner: idempotencyOwner(caller),
        method: route.method,
        route: pathOf(route, params),
        key: idempotencyKey,
      };
      ({ rendered, replayed } = await runOnce(
        db,
        { ...scope, requestHash: idempotency.hashRequest(body ?? null) },
        run,
        { showsSecretOnce: route.showsSecretOnce },
      ));
    } else {
      rendered = await run(db);
    }

    if (replayed) reply.header("idempotent-replayed", "true");
    reply.headers(rendered.headers);
    const etag = rendered.headers.etag;
    if (
      route.method === "GET" &&
      etag !== undefined &&
      matchesNoneMatch(request.headers["if-none-match"], etag)
    ) {
      return reply.code(304).send();
    }
    reply.code(rendered.status);
    if (rendered.body === null) return reply.send();
    return reply.type("application/json; charset=utf-8").send(rendered.body);
  };
}

import { maxHeaderSize } from "node:http";
import { routeList } from "@ghorfa/contract";
import { type Locale, loadCatalogs, resolveLocale } from "@ghorfa/i18n";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Config } from "./config";
import type { Database } from "./db/connect";
import { registerDocs } from "./docs/routes";
import { clientErrorHandler } from "./http/client-error";
import { handlers } from "./http/handlers";
import { Readiness, registerHealth } from "./http/health";
import { startHousekeeping } from "./http/housekeeping";
import { KeyGate } from "./http/key-gate";
import { routeHandler } from "./http/pipeline";
import { registerPortal } from "./http/portal";
import { ProblemError, sendProblem } from "./http/problem";
import { requestIdOf } from "./http/request-id";
import { RequestLogController } from "./http/request-log";
import { badUrl, toProblem } from "./http/to-problem";
import { issueProblem } from "./http/validate";
import { type Mailer, mailerFromConfig } from "./mail/mailer";

declare module "fastify" {
  interface FastifyRequest {
    /** The caller's language, from Accept-Language (ar-MA when it names none this node speaks). */
    locale: Locale;
  }
  interface FastifyInstance {
    /** What `/readyz` answers; shutdown turns it to draining before it closes the server. */
    readiness: Readiness;
  }
}

export interface AppOptions {
  db: Database;
  config: Config;
  logger: Logger;
  /** How the node sends e-mail; by default from the configuration (`GHORFA_SMTP_URL`). Tests pass a `memoryMailer()`. */
  mailer?: Mailer;
  /** The node's clock (sessions' expiries, sign-in windows); tests pass one they move. */
  now?: () => Date;
  /** How long `/readyz` waits for the database's answer before it calls the database unreachable. */
  readyTimeoutMs?: number;
}

/** fastify's `/:name` for the contract's `/{name}`. */
const fastifyPath = (path: string) => path.replace(/\{([A-Za-z]+)\}/g, ":$1");

/**
 * The chamber node's HTTP API: every route of @ghorfa/contract, registered from the contract's own
 * data, with its docs. Holds no state of its own: everything lives in `db`.
 */
export async function createApp({
  db,
  config,
  logger,
  mailer,
  now = () => new Date(),
  readyTimeoutMs = 1_000,
}: AppOptions): Promise<FastifyInstance> {
  // Problems are written in the caller's language: every catalog is in memory before the first request.
  await loadCatalogs();
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new RequestLogController(),
    genReqId: requestIdOf,
    requestIdHeader: false,
    bodyLimit: config.bodyLimit,
    // Behind a proxy it trusts, the node takes the client's address and scheme from X-Forwarded-*.
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // What Node's parser cannot read never reaches a hook: answered as problem+json on the socket.
    clientErrorHandler: clientErrorHandler(logger as FastifyBaseLogger, maxHeaderSize),
    // While closing, fastify would answer a request that arrives on a kept-alive connection with
    // its own 503 JSON, which no contract kind describes. Serving it instead is safe: the database
    // closes only once the server has no connection left, and the answer says Connection: close.
    return503OnClosing: false,
    // A URL the router cannot read (bad percent-encoding, a parameter past 200 characters) is
    // refused before any hook runs: it gets its id, language and problem here.
    frameworkErrors: (error, request, reply) => {
      reply.header("x-request-id", request.id);
      const accepted = request.headers["accept-language"];
      const locale = resolveLocale(typeof accepted === "string" ? accepted.slice(0, 256) : undefined);
      return sendProblem(reply, issueProblem("params", badUrl(error.code)), locale);
    },
  });

  // Node answers an Expect other than 100-continue with a bare 417 unless someone listens; RFC 9110
  // lets a server ignore an expectation it does not know, so the request is served as usual.
  app.server.on("checkExpectation", (req, res) => app.server.emit("request", req, res));

  app.decorateRequest("locale", "ar-MA");
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
    const accepted = request.headers["accept-language"];
    request.locale = resolveLocale(typeof accepted === "string" ? accepted.slice(0, 256) : undefined);
  });

  // PATCH bodies may say they are merge patches (RFC 7396): they are read as the JSON they are.
  app.addContentTypeParser(
    "application/merge-patch+json",
    { parseAs: "string" },
    app.getDefaultJsonParser("error", "error"),
  );

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error, config.bodyLimit);
    if (problem.kind === "internal") request.log.error({ err: error }, "request failed");
    return sendProblem(reply, problem, request.locale);
  });
  // The web portal, when it is built: its files, and its page for the app's own addresses.
  const portal = registerPortal(app, config.portalDir);
  app.setNotFoundHandler((request, reply) => {
    const page = portal?.page(request);
    if (page) return portal?.send(request, reply, page, true);
    return sendProblem(reply, new ProblemError("not-found"), request.locale);
  });

  const gate = new KeyGate(db, {
    ...config.rateLimit,
    syncMs: config.keySyncMs,
    keyAttempts: config.keyAttemptLimit,
  });
  // Counts not yet in the database are sent before the database closes.
  app.addHook("onClose", () => gate.close());
  const housekeeping = startHousekeeping(db, {
    intervalMs: config.purgeIntervalMs,
    windowSeconds: config.rateLimit.windowSeconds,
    logger,
  });
  app.addHook("onClose", () => housekeeping.stop());
  const sender = mailer ?? mailerFromConfig(config, logger);
  for (const route of routeList) {
    app.route({
      method: route.method,
      url: fastifyPath(route.path),
      handler: routeHandler(route, handlers[route.key], { db, config, gate, mailer: sender, now }),
    });
  }
  registerDocs(app);
  const readiness = new Readiness({
    ping: () => db.execute(sql`select 1`),
    timeoutMs: readyTimeoutMs,
    logger: logger as FastifyBaseLogger,
  });
  app.decorate("readiness", readiness);
  registerHealth(app, readiness);
  return app;
}

import type { FastifyBaseLogger, FastifyInstance } from "fastify";

/**
 * What a load balancer asks a replica, outside the contract (operations, not what other chambers
 * must serve): `GET /healthz`, 200 while the process serves; `GET /readyz`, 200 while it reaches
 * its database within `timeoutMs` and is not draining, else 503. No key, no rate limit (a balancer
 * asks every second or so, from one address), and no log line per check: a change of readiness
 * is logged once instead.
 */
export interface ReadinessOptions {
  /** One cheap round trip to the database (`select 1`); rejects when it is unreachable. */
  ping: () => Promise<unknown>;
  /** How long a ping may take before the replica counts as unable to reach its database. */
  timeoutMs: number;
  logger: FastifyBaseLogger;
}

export type NotReadyReason = "draining" | "database";

export class Readiness {
  readonly #options: ReadinessOptions;
  #draining = false;
  /** A ping in flight, shared by the checks that arrive meanwhile: a slow database gets one ping, not a queue. */
  #pinging: Promise<boolean> | undefined;
  #lastReason: NotReadyReason | null = null;

  constructor(options: ReadinessOptions) {
    this.#options = options;
  }

  /** From now on `/readyz` answers 503, so the balancer sends this replica no new work. */
  startDraining(): void {
    this.#draining = true;
  }

  get isDraining(): boolean {
    return this.#draining;
  }

  /** Why the replica should get no work now, or null when it should. */
  async check(): Promise<NotReadyReason | null> {
    const reason = this.#draining ? "draining" : (await this.#reachesDatabase()) ? null : "database";
    if (reason !== this.#lastReason) {
      if (reason === null) this.#options.logger.info("ready");
      else this.#options.logger.warn({ reason }, "not ready");
      this.#lastReason = reason;
    }
    return reason;
  }

  #reachesDatabase(): Promise<boolean> {
    this.#pinging ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), this.#options.timeoutMs);
      });
      try {
        const pinged = this.#options.ping().then(
          () => true,
          () => false,
        );
        return await Promise.race([pinged, late]);
      } finally {
        clearTimeout(timer);
        this.#pinging = undefined;
      }
    })();
    return this.#pinging;
  }
}

const NOT_READY = {
  draining: "The node is shutting down.",
  database: "The node cannot reach its database.",
} satisfies Record<NotReadyReason, string>;

/** Registers `/healthz` and `/readyz`. Their answers are for machines and operators, in English. */
export function registerHealth(app: FastifyInstance, readiness: Readiness): void {
  // Above info: one line per check would drown the log (a balancer checks every replica every second).
  const quiet = { logLevel: "warn" as const };
  app.get("/healthz", quiet, async (_request, reply) =>
    reply.header("cache-control", "no-store").send({ status: "live" }),
  );
  app.get("/readyz", quiet, async (_request, reply) => {
    reply.header("cache-control", "no-store");
    const reason = await readiness.check();
    if (reason === null) return reply.send({ status: "ready" });
    return reply.code(503).type("application/problem+json; charset=utf-8").header("retry-after", "1").send({
      type: "about:blank",
      title: "Service Unavailable",
      status: 503,
      detail: NOT_READY[reason],
      reason,
    });
  });
}

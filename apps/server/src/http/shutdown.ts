import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";

export interface ShutdownOptions {
  app: FastifyInstance;
  /** Closes what the app does not own (the database), after the last request has finished. */
  closeResources: () => Promise<void>;
  logger: Logger;
  timeoutMs: number;
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish, close the
 * database, exit 0. A drain longer than `timeoutMs`, or a second signal, exits 1 at once.
 */
export function installShutdown({
  app,
  closeResources,
  logger,
  timeoutMs,
  exit = (code) => process.exit(code),
}: ShutdownOptions): () => Promise<void> {
  let draining: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> => {
    if (draining) {
      logger.warn({ signal }, "second signal while draining; exiting now");
      exit(1);
      return draining;
    }
    logger.info({ signal }, "draining requests in flight");
    const timer = setTimeout(() => {
      logger.error({ timeoutMs }, "drain took too long; exiting");
      exit(1);
    }, timeoutMs);
    timer.unref();
    draining = (async () => {
      try {
        await app.close();
        await closeResources();
        logger.info("stopped");
        logger.flush?.();
        exit(0);
      } catch (err) {
        logger.error({ err }, "shutdown failed");
        exit(1);
      } finally {
        clearTimeout(timer);
      }
    })();
    return draining;
  };
  const onTerm = () => void shutdown("SIGTERM");
  const onInt = () => void shutdown("SIGINT");
  process.on("SIGTERM", onTerm);
  process.on("SIGINT", onInt);
  return () => shutdown("manual");
}

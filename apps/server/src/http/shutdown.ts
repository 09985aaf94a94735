import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";

export interface ShutdownOptions {
  app: FastifyInstance;
  /** Closes what the app does not own (the database), after the last request has finished. */
  closeResources: () => Promise<void>;
  logger: Logger;
  timeoutMs: number;
  /**
   * On SIGTERM, the time between `onDrain` (readiness turns 503) and closing the server, during
   * which the node still serves: a balancer notices and sends it no more work. SIGINT (a person at
   * a terminal) does not wait.
   */
  drainDelayMs?: number;
  onDrain?: () => void;
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: report not ready and, on SIGTERM, keep serving for `drainDelayMs`; then stop accepting connections, let the requests in flight finish, close the
 * database, exit 0. A drain longer than `timeoutMs`, or a second signal, exits 1 at once.
 */
export function installShutdown({
  app,
  closeResources,
  logger,
  timeoutMs,
  drainDelayMs = 0,
  onDrain = () => {},
  exit = (code) => process.exit(code),
}: ShutdownOptions): (signal?: string) => Promise<void> {
  let draining: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> => {
    if (draining) {
      logger.warn({ signal }, "second signal while draining; exiting now");
      exit(1);
      return draining;
    }
    onDrain();
    const delay = signal === "SIGTERM" ? drainDelayMs : 0;
    let timer: NodeJS.Timeout | undefined;
    draining = (async () => {
      try {
        if (delay > 0) {
          logger.info({ signal, drainDelayMs: delay }, "not ready; serving until the balancer stops sending");
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
        logger.info({ signal }, "draining requests in flight");
        timer = setTimeout(() => {
          logger.error({ timeoutMs }, "drain took too long; exiting");
          exit(1);
        }, timeoutMs);
        timer.unref();
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
  return (signal = "manual") => shutdown(signal);
}

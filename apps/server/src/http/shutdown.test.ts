import type { FastifyInstance } from "fastify";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installShutdown } from "./shutdown";

// Only the listeners these tests install are removed: the test runner may have its own.
const signals = ["SIGTERM", "SIGINT"] as const;
const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
afterEach(() => {
  vi.useRealTimers();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.off(signal, listener);
    }
  }
});

function fixture(drainDelayMs: number) {
  const steps: string[] = [];
  const app = { close: async () => void steps.push("close") } as unknown as FastifyInstance;
  const shutdown = installShutdown({
    app,
    closeResources: async () => void steps.push("database"),
    logger: pino({ level: "silent" }),
    timeoutMs: 60_000,
    drainDelayMs,
    onDrain: () => steps.push("not ready"),
    exit: (code) => void steps.push(`exit ${code}`),
  });
  return { steps, shutdown };
}

describe("installShutdown", () => {
  it("on SIGTERM turns not ready at once and keeps serving for the drain delay before it closes", async () => {
    vi.useFakeTimers();
    const { steps, shutdown } = fixture(5_000);
    const done = shutdown("SIGTERM");
    expect(steps).toEqual(["not ready"]);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(steps).toEqual(["not ready"]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(steps).toEqual(["not ready", "close", "database", "exit 0"]);
  });

  it("on SIGINT closes without the delay", async () => {
    vi.useFakeTimers();
    const { steps, shutdown } = fixture(5_000);
    await shutdown("SIGINT");
    expect(steps).toEqual(["not ready", "close", "database", "exit 0"]);
  });
});

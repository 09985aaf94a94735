import type { Clock } from "../src/clock";

/**
 * A clock that records each wait the SDK asks for and returns at once, so tests assert the
 * waits themselves rather than time how long a call took. `now` is real unless fixed.
 */
export function recordingClock(now?: number): Clock & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    now: () => now ?? Date.now(),
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      waits.push(ms);
    },
  };
}

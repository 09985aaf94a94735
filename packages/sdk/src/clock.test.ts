import { expect, it } from "vitest";
import { systemClock } from "./clock";

it("sleeps until the time is up", async () => {
  await expect(systemClock.sleep(1)).resolves.toBeUndefined();
});

it("stops sleeping with the signal's reason when it aborts", async () => {
  const controller = new AbortController();
  const sleeping = systemClock.sleep(60_000, controller.signal);
  controller.abort(new Error("cancelled"));
  await expect(sleeping).rejects.toThrow("cancelled");
});

it("does not sleep at all on a signal that has already aborted", async () => {
  await expect(systemClock.sleep(60_000, AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
});

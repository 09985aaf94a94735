import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * How many leases a report computes in one turn of the event loop. A lease's schedule is at most
 * SUPPORTED_MONTHS (3,600) months, so a turn is bounded; between turns the node answers others.
 */
export const LEASES_PER_TURN = 25;

/**
 * `compute` over `items` part by part (`size` items each), yielding to the event loop after each
 * part, so a large chamber's report does not hold every other request until it is done.
 */
export async function inTurns<T, R>(
  items: readonly T[],
  compute: (part: readonly T[]) => R,
  size = LEASES_PER_TURN,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length || i === 0; i += size) {
    if (i > 0) await nextTurn();
    results.push(compute(items.slice(i, i + size)));
  }
  return results;
}

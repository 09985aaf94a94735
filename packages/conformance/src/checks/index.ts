import type { Check } from "./context";
import { domainChecks } from "./domain";
import { etagChecks } from "./etag";
import { idempotencyChecks } from "./idempotency";
import { routeChecks } from "./route";

/** Every check of the kit, in the order a run takes them. */
export const ALL_CHECKS: readonly Check[] = [
  ...routeChecks,
  ...idempotencyChecks,
  ...etagChecks,
  ...domainChecks,
];

import type { Check } from "./context";
import { domainChecks } from "./domain";
import { etagChecks } from "./etag";
import { idempotencyChecks } from "./idempotency";
import { paginationChecks } from "./pagination";
import { routeChecks } from "./route";
import { tenancyChecks } from "./tenancy";

/** Every check of the kit, in the order a run takes them. */
export const ALL_CHECKS: readonly Check[] = [
  ...routeChecks,
  ...paginationChecks,
  ...tenancyChecks,
  ...idempotencyChecks,
  ...etagChecks,
  ...domainChecks,
];

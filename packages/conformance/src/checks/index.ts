import { answerChecks } from "./answers";
import type { Check } from "./context";
import { domainChecks } from "./domain";
import { etagChecks } from "./etag";
import { idempotencyChecks } from "./idempotency";
import { negotiationChecks } from "./negotiation";
import { paginationChecks } from "./pagination";
import { problemChecks } from "./problems";
import { routeChecks } from "./route";
import { tenancyChecks } from "./tenancy";

/** Every check of the kit, in the order a run takes them: the reads first, then what writes. */
export const ALL_CHECKS: readonly Check[] = [
  ...routeChecks,
  ...answerChecks,
  ...problemChecks,
  ...negotiationChecks,
  ...paginationChecks,
  ...tenancyChecks,
  ...idempotencyChecks,
  ...etagChecks,
  ...domainChecks,
];

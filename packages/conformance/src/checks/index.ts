import type { Check } from "./context";
import { paginationChecks } from "./pagination";
import { routeChecks } from "./route";
import { tenancyChecks } from "./tenancy";

/** Every check of the kit, in the order a run takes them. */
export const ALL_CHECKS: readonly Check[] = [...routeChecks, ...paginationChecks, ...tenancyChecks];

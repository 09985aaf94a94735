import type { Check } from "./context";
import { routeChecks } from "./route";

/** Every check of the kit, in the order a run takes them. */
export const ALL_CHECKS: readonly Check[] = [...routeChecks];

import { answerChecks } from "./answers";
import type { Check } from "./context";
import { negotiationChecks } from "./negotiation";
import { problemChecks } from "./problems";
import { routeChecks } from "./route";

/** Every check of the kit, in the order a run takes them. */
export const ALL_CHECKS: readonly Check[] = [
  ...routeChecks,
  ...answerChecks,
  ...problemChecks,
  ...negotiationChecks,
];

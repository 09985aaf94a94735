export { type OpenApiDocument, type Operation, operationsOf } from "./document";
export { valueArbitrary } from "./generate";
export { type PropertyPhaseOptions, runPropertyPhase } from "./phase";
export { CHECKS, type CheckName, type Failure, formatReport, type Note, type PropertyReport } from "./report";
export { createValidator } from "./validator";

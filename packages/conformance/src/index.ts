// Requirements and reports (issue 14)

export { ALL_CHECKS } from "./checks";
export type { CallOptions, Check, CheckContext, Exchange, Skip, Written } from "./checks/context";
export { CONTRACT_DOCUMENT } from "./contract-document";
export { curlCommand, redactRequest, type Secrets, shellQuote } from "./curl";
export { type OpenApiDocument, type Operation, operationsOf } from "./document";
export { valueArbitrary } from "./generate";
export { type PropertyPhaseOptions, runPropertyPhase } from "./phase";
export { propertyFindings, propertyResults } from "./property-results";
export { CHECKS, type CheckName, type Failure, formatReport, type Note, type PropertyReport } from "./report";
export { formatHtml } from "./report-html";
export { formatJson, JSON_REPORT_FORMAT, JSON_REPORT_VERSION } from "./report-json";
export { formatJunit } from "./report-junit";
export { formatTerminal, type TerminalOptions, verdict, wantsColor } from "./report-terminal";
export {
  AREAS,
  type Area,
  CHECK_REQUIREMENTS,
  isRequirementId,
  type Level,
  type Profile,
  REQUIREMENT_IDS,
  REQUIREMENTS,
  type Requirement,
  type RequirementId,
  type RequirementSpec,
  requirement,
} from "./requirements";
export {
  type Evidence,
  ExpectedFailuresError,
  evidence,
  exitCode,
  type Finding,
  type Outcome,
  PASSES_NOW,
  parseExpectedFailures,
  type RequirementResult,
  type ResultsOptions,
  type RunResults,
  resultsOf,
} from "./results";
export {
  type ConformanceOptions,
  type ConformanceRun,
  NoAnswerError,
  newRunTag,
  PROPERTY_RUNS,
  type ProgressEvent,
  patientFetch,
  runConformance,
} from "./run";
export { createValidator } from "./validator";
export { REPORT_FILES, writeReports } from "./write-reports";

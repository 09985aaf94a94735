import type { Written } from "./checks/context";
import { curlCommand, redact, redactRequest, type Secrets } from "./curl";
import type { ReceivedResponse, SentRequest } from "./report";
import {
  isRequirementId,
  type Profile,
  REQUIREMENTS,
  type Requirement,
  type RequirementId,
} from "./requirements";

/** One observation that breaks a requirement, with all a person needs to reproduce it. */
export interface Evidence {
  readonly expected: string;
  readonly received: string;
  readonly request: SentRequest;
  readonly response?: ReceivedResponse;
  /** A `curl` command that sends the request again; keys appear as `$GHORFA_KEY`/`$GHORFA_ADMIN_KEY`. */
  readonly curl: string;
  /** Where in the run it came from (the property phase's `operation/positive/#n`). */
  readonly where?: string;
}

export type Outcome = "passed" | "failed" | "skipped" | "expected_failure";

export interface RequirementResult {
  readonly requirement: Requirement;
  readonly outcome: Outcome;
  /** Why it was skipped, or why its failure is expected (from the expected-failures file). */
  readonly reason?: string;
  readonly failures: readonly Evidence[];
  /** Listed as an expected failure and passed: the file should lose the line. */
  readonly passesNow?: boolean;
  /**
   * False for a requirement the run was not asked to check (another profile, not in `only`): its
   * skip says nothing about the node. A skipped requirement in scope was asked for and not proven.
   */
  readonly inScope: boolean;
}

export interface RunResults {
  readonly baseUrl: string;
  readonly profile: Profile;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly results: readonly RequirementResult[];
  /** The tag in every record the run wrote (a run of the whole kit has one). */
  readonly runTag?: string;
  readonly readOnly?: boolean;
  /** The records the run wrote, for an operator to find and remove. */
  readonly written?: readonly Written[];
}

/** What a phase found for one requirement: failures (none means it held), or why it did not run. */
export type Finding = { readonly failures: readonly Evidence[] } | { readonly skipped: string };

export interface ResultsOptions {
  readonly baseUrl: string;
  readonly profile: Profile;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly expectedFailures?: ReadonlyMap<RequirementId, string>;
  /** The requirements the run was asked to check (all of the profile by default). */
  readonly only?: readonly RequirementId[];
}

export const PASSES_NOW = "passes now: remove it from the file";

/**
 * One result per requirement of the table: a requirement outside the profile, or that no phase
 * checked, is skipped with why; a listed failure counts as expected.
 */
export function resultsOf(
  findings: ReadonlyMap<RequirementId, Finding>,
  options: ResultsOptions,
): RunResults {
  const results = REQUIREMENTS.map((requirement): RequirementResult => {
    const finding = findings.get(requirement.id);
    const expected = options.expectedFailures?.get(requirement.id);
    if (requirement.profile === "full" && options.profile === "core") {
      return {
        requirement,
        outcome: "skipped",
        reason: "runs in the full profile only",
        failures: [],
        inScope: false,
      };
    }
    if (options.only !== undefined && !options.only.includes(requirement.id)) {
      return {
        requirement,
        outcome: "skipped",
        reason: "not selected for this run",
        failures: [],
        inScope: false,
      };
    }
    if (finding === undefined) {
      return {
        requirement,
        outcome: "skipped",
        reason: "no check of this kit proves it yet",
        failures: [],
        inScope: true,
      };
    }
    if ("skipped" in finding)
      return { requirement, outcome: "skipped", reason: finding.skipped, failures: [], inScope: true };
    if (finding.failures.length === 0) {
      return expected === undefined
        ? { requirement, outcome: "passed", failures: [], inScope: true }
        : {
            requirement,
            outcome: "passed",
            reason: PASSES_NOW,
            failures: [],
            passesNow: true,
            inScope: true,
          };
    }
    return expected === undefined
      ? { requirement, outcome: "failed", failures: finding.failures, inScope: true }
      : {
          requirement,
          outcome: "expected_failure",
          reason: expected,
          failures: finding.failures,
          inScope: true,
        };
  });
  const { expectedFailures: _, only: __, ...rest } = options;
  return { ...rest, results };
}

/**
 * The exit code of a run: 0 only when every MUST it was asked to check holds (expected failures
 * excepted); 1 when a MUST failed; 3 when none failed but some could not be checked (a read-only
 * run, no operator key): the node is not proven conformant. `strict` holds SHOULDs to the same rule.
 */
export function exitCode(run: RunResults, options: { readonly strict?: boolean } = {}): 0 | 1 | 3 {
  // Strict: a SHOULD counts as a MUST (the reference node's own CI holds itself to every requirement).
  const musts = run.results.filter((r) => options.strict || r.requirement.level === "MUST");
  if (musts.some((r) => r.outcome === "failed")) return 1;
  return musts.some((r) => r.outcome === "skipped" && r.inScope) ? 3 : 0;
}

/** A failure as reports keep it: its `curl` made, and no key left in the request or the answer. */
export function evidence(fields: Omit<Evidence, "curl">, secrets: Secrets = {}): Evidence {
  const { response } = fields;
  return {
    ...fields,
    request: redactRequest(fields.request, secrets),
    ...(response ? { response: { ...response, body: redact(response.body, secrets) } } : {}),
    curl: curlCommand(fields.request, secrets),
  };
}

export class ExpectedFailuresError extends Error {
  readonly code: "invalid_json" | "not_an_object" | "unknown_requirement" | "invalid_reason";
  constructor(code: ExpectedFailuresError["code"], message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ExpectedFailuresError";
    this.code = code;
  }
}

/**
 * The expected-failures file: a JSON object, requirement id → why it fails today
 * (`{ "GH-IDEM-003": "concurrent duplicates race: ticket 42" }`). Unknown ids are refused, so a
 * typo never hides a failure.
 */
export function parseExpectedFailures(
  text: string,
  source = "expected-failures file",
): Map<RequirementId, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new ExpectedFailuresError("invalid_json", `${source} is not JSON`, { cause });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ExpectedFailuresError(
      "not_an_object",
      `${source} must be a JSON object: requirement id → reason`,
    );
  }
  const out = new Map<RequirementId, string>();
  const unknown: string[] = [];
  for (const [id, reason] of Object.entries(parsed)) {
    if (!isRequirementId(id)) {
      unknown.push(id);
      continue;
    }
    if (typeof reason !== "string" || reason.trim() === "") {
      throw new ExpectedFailuresError(
        "invalid_reason",
        `${source}: ${id} needs a reason (a non-empty string)`,
      );
    }
    out.set(id, reason);
  }
  if (unknown.length > 0) {
    throw new ExpectedFailuresError(
      "unknown_requirement",
      `${source} names requirements that do not exist: ${unknown.join(", ")} (ids look like GH-IDEM-003; the README lists them)`,
    );
  }
  return out;
}

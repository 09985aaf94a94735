import type { Secrets } from "./curl";
import type { PropertyReport } from "./report";
import { CHECK_REQUIREMENTS, type RequirementId, requirement } from "./requirements";
import { evidence, type Finding, type ResultsOptions, type RunResults, resultsOf } from "./results";

/**
 * The property phase's report as results by requirement: each check proves the requirement
 * CHECK_REQUIREMENTS names; a check no request reached is skipped; requirements of other phases
 * are out of its scope (skipped, never a reason for a non-zero exit).
 */
export function propertyResults(
  report: PropertyReport,
  options: Omit<ResultsOptions, "baseUrl" | "durationMs"> & { readonly secrets?: Secrets },
): RunResults {
  const findings = propertyFindings(report, options.secrets);
  const { secrets: _, ...rest } = options;
  return resultsOf(findings, {
    ...rest,
    baseUrl: report.baseUrl,
    durationMs: report.durationMs,
    only: [...new Set(Object.values(CHECK_REQUIREMENTS))],
  });
}

/** What the property phase found for each requirement its checks prove. */
export function propertyFindings(report: PropertyReport, secrets: Secrets = {}): Map<RequirementId, Finding> {
  const findings = new Map<RequirementId, Finding>();
  for (const [check, id] of Object.entries(CHECK_REQUIREMENTS) as [
    keyof typeof CHECK_REQUIREMENTS,
    RequirementId,
  ][]) {
    const counts = report.checks[check];
    const failures = report.failures
      .filter((failure) => failure.check === check)
      .map((failure) =>
        evidence(
          {
            expected: requirement(id).expects,
            received: failure.response
              ? `${failure.response.status} ${failure.response.headers["content-type"] ?? "(no content type)"}: ${failure.message}`
              : failure.message,
            request: failure.request,
            ...(failure.response ? { response: failure.response } : {}),
            where: `${failure.operation}, seed ${failure.seed}, ${failure.path}`,
          },
          secrets,
        ),
      );
    if (failures.length === 0 && counts.passed === 0 && counts.failed === 0) {
      findings.set(id, { skipped: `no request of the property phase reached ${check}` });
    } else {
      findings.set(id, { failures });
    }
  }
  return findings;
}

import type { RunResults } from "./results";

/** The JSON report's format name and version; the version changes only when a field goes or changes meaning. */
export const JSON_REPORT_FORMAT = "ghorfa-conformance-report";
export const JSON_REPORT_VERSION = 1;

/** The JSON report, documented in the README ("Requirements and reports"). */
export function formatJson(run: RunResults): string {
  const counts = { passed: 0, failed: 0, skipped: 0, expected_failure: 0 };
  for (const result of run.results) counts[result.outcome] += 1;
  return `${JSON.stringify(
    {
      format: JSON_REPORT_FORMAT,
      version: JSON_REPORT_VERSION,
      baseUrl: run.baseUrl,
      profile: run.profile,
      ...(run.runTag === undefined ? {} : { runTag: run.runTag }),
      ...(run.readOnly === undefined ? {} : { readOnly: run.readOnly }),
      startedAt: run.startedAt,
      durationMs: run.durationMs,
      counts,
      results: run.results.map((result) => ({
        id: result.requirement.id,
        area: result.requirement.area,
        level: result.requirement.level,
        profile: result.requirement.profile,
        title: result.requirement.title,
        outcome: result.outcome,
        ...(result.reason === undefined ? {} : { reason: result.reason }),
        ...(result.passesNow ? { passesNow: true } : {}),
        failures: result.failures,
      })),
      ...(run.written === undefined ? {} : { written: run.written }),
    },
    null,
    2,
  )}\n`;
}

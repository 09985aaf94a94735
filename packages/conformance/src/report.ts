/** What a phase found, with each failure's request as it was sent, so it can be replayed by hand. */

export const CHECKS = [
  "not_a_server_error",
  "status_code_conformance",
  "content_type_conformance",
  "response_schema_conformance",
  "response_headers_conformance",
  "positive_data_acceptance",
  "negative_data_rejection",
  "idempotent_replay",
  "still_alive",
] as const;
export type CheckName = (typeof CHECKS)[number];

export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface ReceivedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface Failure {
  readonly check: CheckName;
  readonly operation: string;
  readonly message: string;
  readonly request: SentRequest;
  readonly response?: ReceivedResponse;
  /** The phase's seed and where in the run: `operationId/positive|negative|replay/#n`. */
  readonly seed: number;
  readonly path: string;
}

/** A refusal the document cannot predict: a valid request refused for a rule with a code of its own. */
export interface Note {
  readonly operation: string;
  readonly message: string;
  readonly count: number;
}

export interface PropertyReport {
  readonly baseUrl: string;
  readonly seed: number;
  readonly runs: number;
  readonly operations: number;
  readonly skipped: readonly string[];
  readonly requests: number;
  readonly checks: Record<CheckName, { passed: number; failed: number }>;
  readonly failures: readonly Failure[];
  readonly notes: readonly Note[];
  /** How often each operation answered each status: how far the run got into each route. */
  readonly statuses: Record<string, Record<string, number>>;
  readonly durationMs: number;
}

const truncate = (text: string, length = 2000) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** The report for a person: one line a check, then each failure with its request and response. */
export function formatReport(report: PropertyReport): string {
  const lines = [
    `Property phase against ${report.baseUrl}: ${report.operations} operations, ${report.requests} requests, seed ${report.seed}, ${report.runs} runs an operation, ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  if (report.skipped.length > 0) lines.push(`Skipped (no key for them): ${report.skipped.join(", ")}`);
  for (const [name, { passed, failed }] of Object.entries(report.checks)) {
    lines.push(`  ${failed === 0 ? "ok  " : "FAIL"} ${name.padEnd(30)} ${passed} passed, ${failed} failed`);
  }
  for (const [operation, counts] of Object.entries(report.statuses)) {
    const tally = Object.entries(counts).map(([status, count]) => `${status}×${count}`);
    lines.push(`  ${operation.padEnd(30)} ${tally.join(" ")}`);
  }
  for (const note of report.notes) lines.push(`  note ${note.operation}: ${note.message} (${note.count}×)`);
  report.failures.forEach((failure, index) => {
    lines.push(
      "",
      `${index + 1}. ${failure.check} — ${failure.operation}: ${failure.message}`,
      `   seed ${failure.seed}, ${failure.path}`,
      `   ${failure.request.method} ${failure.request.url}`,
      ...Object.entries(failure.request.headers).map(
        ([name, value]) => `   ${name}: ${name === "authorization" ? "Bearer …" : value}`,
      ),
      ...(failure.request.body === undefined ? [] : [`   ${truncate(failure.request.body)}`]),
    );
    if (failure.response) {
      lines.push(
        `   → ${failure.response.status} ${failure.response.headers["content-type"] ?? ""}`,
        `   ${truncate(failure.response.body)}`,
      );
    }
  });
  const failed = Object.values(report.checks).reduce((n, c) => n + c.failed, 0);
  const passed = Object.values(report.checks).reduce((n, c) => n + c.passed, 0);
  lines.push("", `${passed} passed, ${failed} failed`);
  return lines.join("\n");
}

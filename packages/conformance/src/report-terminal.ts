import { exitCode, type RequirementResult, type RunResults } from "./results";
import { forTerminal } from "./text-safety";

export interface TerminalOptions {
  /** Colour only on a terminal that asks for it; plain text in files and pipes. */
  readonly color?: boolean;
}

/** Whether a stream should get colour: a TTY, and no `NO_COLOR` in the environment. */
export function wantsColor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
) {
  return stream.isTTY === true && !env.NO_COLOR;
}

const LABELS: Record<RequirementResult["outcome"], string> = {
  passed: "pass",
  failed: "FAIL",
  skipped: "skip",
  expected_failure: "xfail",
};
const COLORS: Record<RequirementResult["outcome"], number> = {
  passed: 32,
  failed: 31,
  skipped: 90,
  expected_failure: 33,
};

const truncate = (text: string, length = 2000) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** Failures shown per requirement; the JSON and HTML reports keep them all. */
const FAILURES_SHOWN = 5;

/** What the exit code means, in words. */
export function verdict(run: RunResults): string {
  const musts = run.results.filter((r) => r.requirement.level === "MUST");
  const failed = musts.filter((r) => r.outcome === "failed").length;
  const unproven = musts.filter((r) => r.outcome === "skipped" && r.inScope).length;
  switch (exitCode(run)) {
    case 1:
      return `not conformant: ${failed} MUST requirement${failed === 1 ? "" : "s"} failed`;
    case 3:
      return `not proven: no MUST failed, but ${unproven} could not be checked by this run`;
    default:
      return `conformant: every MUST of the ${run.profile} profile holds`;
  }
}

/** One line a requirement, then each failure with what was expected, what came and its `curl`. */
export function formatTerminal(run: RunResults, options: TerminalOptions = {}): string {
  const paint = (outcome: RequirementResult["outcome"], text: string) =>
    options.color ? `\u001b[${COLORS[outcome]}m${text}\u001b[0m` : text;
  const mode = run.readOnly ? ", read-only" : "";
  const tag = run.runTag ? `, run ${run.runTag}` : "";
  const lines = [`Ghorfa conformance (${run.profile}${mode}) against ${forTerminal(run.baseUrl)}${tag}`];
  for (const result of run.results) {
    const { id, level, title } = result.requirement;
    const why = result.reason ? ` (${forTerminal(result.reason)})` : "";
    lines.push(
      `  ${paint(result.outcome, LABELS[result.outcome].padEnd(5))} ${id.padEnd(15)} ${level.padEnd(6)} ${title}${why}`,
    );
  }
  for (const result of run.results) {
    if (result.outcome !== "failed") continue;
    for (const failure of result.failures.slice(0, FAILURES_SHOWN)) {
      lines.push(
        "",
        `${result.requirement.id} ${result.requirement.title}${failure.where ? ` — ${forTerminal(failure.where)}` : ""}`,
        `  expected: ${forTerminal(truncate(failure.expected))}`,
        `  received: ${forTerminal(truncate(failure.received))}`,
        `  ${forTerminal(failure.curl)}`,
      );
    }
    const more = result.failures.length - FAILURES_SHOWN;
    if (more > 0)
      lines.push("", `${result.requirement.id}: ${more} more failures in the JSON and HTML reports`);
  }
  const count = (outcome: RequirementResult["outcome"]) =>
    run.results.filter((r) => r.outcome === outcome).length;
  const stale = run.results.filter((r) => r.passesNow).map((r) => r.requirement.id);
  if (stale.length > 0)
    lines.push("", `Expected to fail but passed (remove them from the file): ${stale.join(", ")}`);
  lines.push(
    "",
    `${count("passed")} passed, ${count("failed")} failed, ${count("expected_failure")} expected failures, ${count("skipped")} skipped in ${(run.durationMs / 1000).toFixed(1)} s`,
  );
  if (run.written && run.written.length > 0) {
    lines.push(
      `Wrote ${run.written.length} records, each tagged ${run.runTag ?? ""} (listed in the JSON report)`,
    );
  }
  lines.push(`Verdict: ${verdict(run)}`);
  return lines.join("\n");
}

import { AREAS } from "./requirements";
import type { RunResults } from "./results";
import { escapeMarkup as x } from "./text-safety";

/** JUnit XML: one testsuite an area, one testcase a requirement, as CI servers read it. */
export function formatJunit(run: RunResults): string {
  const seconds = (run.durationMs / 1000).toFixed(3);
  const suites: string[] = [];
  for (const area of AREAS) {
    const results = run.results.filter((r) => r.requirement.area === area);
    if (results.length === 0) continue;
    const failures = results.filter((r) => r.outcome === "failed").length;
    const skipped = results.filter((r) => r.outcome === "skipped" || r.outcome === "expected_failure").length;
    const cases = results.map((result) => {
      const { id, level, title } = result.requirement;
      const open = `    <testcase classname="ghorfa.${x(area)}" name="${x(`${id} ${level} ${title}`)}">`;
      if (result.outcome === "passed") {
        return result.passesNow
          ? `${open}\n      <system-out>${x(result.reason ?? "")}</system-out>\n    </testcase>`
          : `${open}</testcase>`;
      }
      if (result.outcome === "skipped" || result.outcome === "expected_failure") {
        const why =
          result.outcome === "expected_failure"
            ? `expected failure: ${result.reason ?? ""}`
            : (result.reason ?? "");
        return `${open}\n      <skipped message="${x(why)}"/>\n    </testcase>`;
      }
      const body = result.failures
        .map((f) =>
          [
            `expected: ${f.expected}`,
            `received: ${f.received}`,
            ...(f.where ? [`where: ${f.where}`] : []),
            f.curl,
          ].join("\n"),
        )
        .join("\n\n");
      const first = result.failures[0];
      const message = first ? `${first.expected} — ${first.received}` : title;
      return `${open}\n      <failure message="${x(message)}" type="${x(id)}">${x(body)}</failure>\n    </testcase>`;
    });
    suites.push(
      `  <testsuite name="${x(area)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const failures = run.results.filter((r) => r.outcome === "failed").length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ghorfa-conformance" tests="${run.results.length}" failures="${failures}" time="${seconds}">\n${suites.join("\n")}\n</testsuites>\n`;
}

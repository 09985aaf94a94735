import { verdict } from "./report-terminal";
import type { RequirementResult, RunResults } from "./results";
import { escapeMarkup as x } from "./text-safety";

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:start;vertical-align:top}
.passed{color:#176f2c}.failed{color:#b00020;font-weight:bold}.skipped{color:#777}.expected_failure{color:#9a6700}
pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em;unicode-bidi:plaintext}`;

const LABELS: Record<RequirementResult["outcome"], string> = {
  passed: "passed",
  failed: "failed",
  skipped: "skipped",
  expected_failure: "expected failure",
};

/**
 * One self-contained HTML file: no script, no external asset; every value from the node or the
 * run is escaped, and shown with `dir="auto"` so right-to-left text keeps its own direction.
 */
export function formatHtml(run: RunResults): string {
  const rows = run.results.map((result) => {
    const { id, level, title, profile } = result.requirement;
    return `<tr><td><a href="#${x(id)}">${x(id)}</a></td><td>${x(level)}</td><td>${x(profile)}</td><td>${x(title)}</td><td class="${result.outcome}">${LABELS[result.outcome]}</td><td dir="auto">${x(result.reason ?? "")}</td></tr>`;
  });
  const failures = run.results
    .filter((r) => r.outcome === "failed" || r.outcome === "expected_failure")
    .map((result) => {
      const items = result.failures.map(
        (f) =>
          `<li><p>expected: <span dir="auto">${x(f.expected)}</span></p><p>received: <span dir="auto">${x(f.received)}</span></p>${f.where ? `<p>where: <span dir="auto">${x(f.where)}</span></p>` : ""}<pre>${x(f.curl)}</pre></li>`,
      );
      return `<section id="${x(result.requirement.id)}"><h2>${x(result.requirement.id)} ${x(result.requirement.title)} <span class="${result.outcome}">${LABELS[result.outcome]}</span></h2><ol>${items.join("")}</ol></section>`;
    });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ghorfa conformance — ${x(run.baseUrl)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>${STYLE}</style></head>
<body><h1>Ghorfa conformance (${x(run.profile)})</h1>
<p>Node <span dir="auto">${x(run.baseUrl)}</span>, started ${x(run.startedAt)}, ${(run.durationMs / 1000).toFixed(1)} s${run.runTag ? `, run ${x(run.runTag)}` : ""}${run.readOnly ? ", read-only" : ""}.</p>
<p><strong>${x(verdict(run))}</strong></p>
<table><thead><tr><th>Requirement</th><th>Level</th><th>Profile</th><th>Title</th><th>Outcome</th><th>Reason</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>
${failures.join("\n")}
</body></html>
`;
}

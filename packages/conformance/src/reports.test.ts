import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatHtml } from "./report-html";
import { formatJson, JSON_REPORT_FORMAT, JSON_REPORT_VERSION } from "./report-json";
import { formatJunit } from "./report-junit";
import { formatTerminal, wantsColor } from "./report-terminal";
import { REQUIREMENTS, type RequirementId } from "./requirements";
import { evidence, type Finding, resultsOf } from "./results";
import { REPORT_FILES, writeReports } from "./write-reports";

// What a hostile or broken node may answer, and what a report must still hold safely.
const HOSTILE =
  "</script><script>alert(1)</script> ]]> <![CDATA[x]]> \u0000\u0001\u001b[31m\u007f \ufffe \ud800 \"q\" 'a' & مرحبا \u202eevil";

function hostileRun() {
  const findings = new Map<RequirementId, Finding>(REQUIREMENTS.map((r) => [r.id, { failures: [] }]));
  findings.set("GH-SCHEMA-001", {
    failures: [
      evidence(
        {
          expected: `a body matching Member ${HOSTILE}`,
          received: `200 ${HOSTILE}`,
          request: {
            method: "POST",
            url: `http://node.test/v1/members?x=%3C%2Fscript%3E`,
            headers: { authorization: "Bearer s3cret", "content-type": "application/json" },
            body: JSON.stringify({ legalName: HOSTILE }),
          },
          where: `members.create/positive/#1 ${HOSTILE}`,
        },
        { key: "s3cret" },
      ),
    ],
  });
  findings.set("GH-ETAG-002", {
    failures: [
      evidence({
        expected: "412",
        received: "200",
        request: { method: "PATCH", url: "http://node.test/v1/x", headers: {} },
      }),
    ],
  });
  findings.set("GH-RATE-001", { skipped: `no header ${HOSTILE}` });
  return resultsOf(findings, {
    baseUrl: "http://node.test",
    profile: "core",
    startedAt: "2026-12-06T00:00:00.000Z",
    durationMs: 1500,
    expectedFailures: new Map([["GH-ETAG-002", `known ${HOSTILE}`]]),
  });
}

// Tags and entities out, what is left must hold no markup character and no forbidden one.
function expectWellEscaped(markup: string) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what XML 1.0 forbids
  expect(markup).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  expect(markup).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  const text = markup
    .replace(/<!doctype html>|<\?xml[^>]*\?>/i, "")
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s+[a-z:-]+(?:="[^"<]*")?)*\s*\/?>/gi, "");
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39|#13);)/);
  expect(markup).not.toContain("]]>");
  expect(markup).not.toContain("s3cret");
}

describe("the terminal report", () => {
  it("prints plain text without colour, a line a requirement and each failure's curl", () => {
    const text = formatTerminal(hostileRun());
    expect(text).not.toContain("\u001b");
    expect(text).not.toContain("\u0000");
    expect(text).toMatch(/FAIL {2}GH-SCHEMA-001 +MUST/);
    expect(text).toMatch(/xfail GH-ETAG-002/);
    expect(text).toContain('-H "Authorization: Bearer $GHORFA_KEY"');
    expect(text).not.toContain("s3cret");
    expect(text).toContain("1 failed, 1 expected failures");
  });

  it("colours only when asked", () => {
    expect(formatTerminal(hostileRun(), { color: true })).toContain("\u001b[31mFAIL");
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
  });
});

describe("the JSON report", () => {
  it("has the documented, versioned shape and keeps every string as it came", () => {
    const report = JSON.parse(formatJson(hostileRun()));
    expect(report).toMatchObject({
      format: JSON_REPORT_FORMAT,
      version: JSON_REPORT_VERSION,
      profile: "core",
    });
    expect(report.counts).toEqual({ passed: 22, failed: 1, skipped: 5, expected_failure: 1 });
    const failed = report.results.find((r: { id: string }) => r.id === "GH-SCHEMA-001");
    expect(failed).toMatchObject({ area: "SCHEMA", level: "MUST", outcome: "failed" });
    expect(failed.failures[0].received).toBe(`200 ${HOSTILE}`);
    expect(failed.failures[0].curl).toContain("$GHORFA_KEY");
  });
});

describe("the JUnit report", () => {
  it("holds one testsuite an area and one testcase a requirement", () => {
    const xml = formatJunit(hostileRun());
    const areas = new Set(REQUIREMENTS.map((r) => r.area));
    expect(xml.match(/<testsuite /g)).toHaveLength(areas.size);
    expect(xml.match(/<testcase /g)).toHaveLength(REQUIREMENTS.length);
    expect(xml).toMatch(/<testsuite name="SCHEMA" tests="4" failures="1"/);
    expect(xml).toMatch(
      /<testcase classname="ghorfa.ETAG" name="GH-ETAG-002 [^"]*">\s*<skipped message="expected failure: known/,
    );
  });

  it("escapes hostile strings and shows what XML 1.0 forbids as \\uXXXX", () => {
    const xml = formatJunit(hostileRun());
    expectWellEscaped(xml);
    expect(xml).toContain("\\u0000\\u0001");
    expect(xml).toContain("\\ufffe \\ud800");
    expect(xml).toContain("مرحبا");
  });
});

describe("the HTML report", () => {
  it("is one file with no script and no external asset", () => {
    const html = formatHtml(hostileRun());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).toContain("default-src 'none'");
  });

  it("escapes every interpolated value and keeps RTL text in its own direction", () => {
    const html = formatHtml(hostileRun());
    expectWellEscaped(html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, ""));
    expect(html).toContain("&lt;/script&gt;");
    expect(html).toMatch(/<span dir="auto">200 [^<]*مرحبا/);
  });
});

describe("writeReports", () => {
  it("writes the JSON, JUnit and HTML reports into the directory", async () => {
    const directory = join(await mkdtemp(join(tmpdir(), "conformance-")), "reports");
    const run = hostileRun();
    const paths = await writeReports(directory, run);
    expect(paths.json).toBe(join(directory, REPORT_FILES.json));
    expect(await readFile(paths.json, "utf8")).toBe(formatJson(run));
    expect(await readFile(paths.junit, "utf8")).toBe(formatJunit(run));
    expect(await readFile(paths.html, "utf8")).toBe(formatHtml(run));
  });
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatMoney } from "@ghorfa/i18n";
import { createClient } from "@ghorfa/sdk";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

let node: TestNode;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), "ghorfa-report-"));
const api = () => createClient({ baseUrl: node.url, apiKey: env.GHORFA_API_KEY }).chamber("ma-09");

beforeAll(async () => {
  node = await startNode();
  env = { GHORFA_BASE_URL: node.url, GHORFA_API_KEY: await node.key("ma-09"), GHORFA_CHAMBER: "ma-09" };
});
afterAll(() => node?.close());

/** A CSV of ours (no quoted line breaks) as rows of fields. */
function parseCsv(text: string): string[][] {
  return text
    .split("\r\n")
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .slice(0, -1)
        .map((m) => (m[1] ?? "").replace(/^"|"$/g, "").replaceAll('""', '"')),
    );
}

describe("ghorfa report rent-roll", () => {
  it("writes the API's rent roll as CSV, money formatted in the locale", async () => {
    const file = join(dir, "roll.csv");
    const result = await runCli(
      ["report", "rent-roll", "--month", "2026-01", "--csv", file, "--locale", "fr-MA"],
      env,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const roll = await api().reports.rentRoll({ month: "2026-01" });
    const rows = parseCsv(readFileSync(file, "utf8"));
    expect(rows[0]).toEqual(["Bâtiment", "Local", "Bail", "Locataire", "Loyer mensuel", "Dû", "Prorata"]);
    expect(rows.length).toBe(roll.lines.length + 2);
    expect(roll.lines.length).toBeGreaterThan(0);
    const names = new Map<string, string>();
    for await (const member of api().members.iterate({ limit: 100 })) names.set(member.id, member.legalName);
    roll.lines.forEach((line, i) => {
      expect(rows[i + 1]?.[2]).toBe(line.leaseId);
      expect(rows[i + 1]?.[3]).toBe(names.get(line.tenantId));
      expect(rows[i + 1]?.[5]).toBe(formatMoney({ amount: line.due, currency: roll.currency }, "fr-MA"));
    });
    expect(rows.at(-1)?.[5]).toBe(formatMoney({ amount: roll.total, currency: roll.currency }, "fr-MA"));
  });

  it("starts the CSV with a BOM only when asked (--bom), for Excel", async () => {
    const plain = await runCli(["report", "rent-roll", "--month", "2026-01", "--csv", "-"], env);
    const bom = await runCli(["report", "rent-roll", "--month", "2026-01", "--csv", "-", "--bom"], env);
    expect(plain.stdout.startsWith("\uFEFF")).toBe(false);
    expect(bom.stdout).toBe(`\uFEFF${plain.stdout}`);
    // Arabic by default: the header in Arabic, the total in Arabic's money format.
    expect(plain.stdout).toContain("المجموع");
  });

  it("prints the rent roll as PDF, the total extractable as text", async () => {
    const file = join(dir, "roll.pdf");
    const result = await runCli(
      ["report", "rent-roll", "--month", "2026-01", "--pdf", file, "--locale", "fr-MA"],
      env,
    );
    expect(result.code).toBe(0);
    const roll = await api().reports.rentRoll({ month: "2026-01" });
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const total = formatMoney({ amount: roll.total, currency: roll.currency }, "fr-MA").replace(/\s+/g, " ");
    expect(text).toContain(total);
    expect(text).toContain("État locatif");
  });

  it("is a usage error (exit 2) without --csv or --pdf", async () => {
    const result = await runCli(["report", "rent-roll", "--month", "2026-01", "--locale", "en"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--csv");
  });
});

describe("ghorfa report arrears", () => {
  it("writes the API's arrears at a date as CSV", async () => {
    const result = await runCli(
      ["report", "arrears", "--as-of", "2026-01-31", "--csv", "-", "--locale", "fr-MA"],
      env,
    );
    expect(result.code).toBe(0);
    const report = await api().reports.arrears({ asOf: "2026-01-31" });
    const rows = parseCsv(result.stdout);
    expect(rows.length).toBe(report.leases.length + 2);
    report.leases.forEach((lease, i) => {
      expect(rows[i + 1]?.[0]).toBe(lease.leaseId);
      expect(rows[i + 1]?.[4]).toBe(
        formatMoney({ amount: lease.outstanding, currency: report.currency }, "fr-MA"),
      );
      expect(rows[i + 1]?.[6]).toBe(String(lease.daysOverdue));
    });
    expect(rows.at(-1)?.[4]).toBe(
      formatMoney({ amount: report.total.outstanding, currency: report.currency }, "fr-MA"),
    );
  });

  it("says the key was refused with exit 3", async () => {
    const result = await runCli(["report", "arrears", "--csv", "-", "--locale", "en"], {
      ...env,
      GHORFA_API_KEY: "ghorfa_wrong",
    });
    expect(result.code).toBe(3);
    expect(result.stderr).not.toContain("ghorfa_wrong");
  });

  it("says the node cannot be reached with exit 4", async () => {
    const result = await runCli(["report", "arrears", "--csv", "-", "--locale", "en"], {
      ...env,
      GHORFA_BASE_URL: "http://127.0.0.1:9",
    });
    expect(result.code).toBe(4);
  });
});

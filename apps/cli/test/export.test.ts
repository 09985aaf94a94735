import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@ghorfa/sdk";
import { newMember } from "@ghorfa/testing/inputs";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

let node: TestNode;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), "ghorfa-export-"));
const api = () => createClient({ baseUrl: node.url, apiKey: env.GHORFA_API_KEY }).chamber("ma-09");
const ARABIC = "تعاونية أركان سوس «الأمل»، ش.م.م";
let memberId: string;

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const item of items) list.push(item);
  return list;
}

beforeAll(async () => {
  node = await startNode();
  env = { GHORFA_BASE_URL: node.url, GHORFA_API_KEY: await node.key("ma-09"), GHORFA_CHAMBER: "ma-09" };
  // A name with commas and quotes too: the CSV must quote it and give it back whole.
  memberId = (
    await api().members.create(newMember({ legalName: ARABIC, tradeName: 'Argane "Souss", Agadir' }))
  ).id;
});
afterAll(() => node?.close());

/** RFC 4180 fields, quoted ones may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("ghorfa export", () => {
  it("exports every member as CSV: the API's count, Arabic and quotes intact", async () => {
    const result = await runCli(["export", "members", "--format", "csv", "--bom", "--page-size", "10"], env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(result.stdout.slice(1));
    const members = await all(api().members.iterate({ limit: 100 }));
    expect(members.length).toBeGreaterThan(10); // more than one page
    expect(rows.length).toBe(members.length);
    const at = (name: string) => header?.indexOf(name) ?? -1;
    const row = rows.find((r) => r[at("id")] === memberId);
    expect(row?.[at("legalName")]).toBe(ARABIC);
    expect(row?.[at("tradeName")]).toBe('Argane "Souss", Agadir');
    const member = members.find((m) => m.id === memberId);
    expect(JSON.parse(row?.[at("activity")] ?? "null")).toEqual(member?.activity);
  });

  it("exports payments as JSON lines equal to the API's, amounts in centimes", async () => {
    const file = join(dir, "payments.jsonl");
    const result = await runCli(["export", "payments", "--format", "jsonl", "--out", file], env);
    expect(result.code).toBe(0);
    const lines = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const expected = [];
    for await (const lease of api().leases.iterate({ limit: 100 }))
      expected.push(...(await all(api().leases.payments.iterate(lease.id, { limit: 100 }))));
    expect(lines.length).toBe(expected.length);
    expect(lines).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(Number.isInteger(lines[0].amount.amount)).toBe(true);
  });

  it("exports leases as XLSX: one row per lease, numbers as numbers, right to left in Arabic", async () => {
    const file = join(dir, "leases.xlsx");
    const result = await runCli(
      ["export", "leases", "--format", "xlsx", "--out", file, "--locale", "ar-MA"],
      env,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const files = unzipSync(readFileSync(file));
    expect(Object.keys(files)).toContain("[Content_Types].xml");
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"] as Uint8Array);
    expect(sheet).toContain('rightToLeft="1"');
    const rows = [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map((m) =>
      [
        ...(m[1] ?? "").matchAll(
          /<c r="([A-Z]+)\d+"(?: t="(\w+)")?>(?:<v>(.*?)<\/v>|<is><t[^>]*>(.*?)<\/t><\/is>)<\/c>/g,
        ),
      ].map((c) => ({ col: c[1], type: c[2] ?? "n", value: c[3] ?? c[4] })),
    );
    const leases = await all(api().leases.iterate({ limit: 100 }));
    expect(rows.length).toBe(leases.length + 1);
    const header = rows[0]?.map((c) => c.value) ?? [];
    const index = leases.findIndex((lease) => lease.termMonths !== undefined);
    const lease = leases[index];
    const cells = rows[index + 1] ?? [];
    const value = (name: string) =>
      cells.find((c) => c.col === String.fromCharCode(65 + header.indexOf(name)));
    expect(value("id")?.value).toBe(lease?.id);
    expect(value("termMonths")).toMatchObject({ type: "n", value: String(lease?.termMonths) });
    expect(JSON.parse((value("monthlyRent")?.value ?? "").replaceAll("&quot;", '"'))).toEqual(
      lease?.monthlyRent,
    );
  });

  it("is a usage error (exit 2) for an unknown resource or format", async () => {
    expect((await runCli(["export", "units"], env)).code).toBe(2);
    expect((await runCli(["export", "members", "--format", "ods"], env)).code).toBe(2);
  });
});

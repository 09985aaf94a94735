import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@ghorfa/sdk";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvSource } from "../src/import/csv";
import { idempotencyKeyOf, importMembers, type RowError } from "../src/import/members";
import { xlsxSource } from "../src/import/xlsx";
import { ARABIC_HEADERS, arabicRow, FRENCH_HEADERS, frenchRow, iceOf, writeCsv, writeXlsx } from "./files";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const CHAMBER = "ma-09";
let node: TestNode;
let key: string;
let dir: string;

beforeAll(async () => {
  node = await startNode();
  key = await node.key(CHAMBER);
  dir = await mkdtemp(join(tmpdir(), "ghorfa-import-"));
}, 120_000);
afterAll(() => node?.close());

const client = () => createClient({ baseUrl: node.url, apiKey: key, locale: "en" });

async function countByIce(ice: string): Promise<number> {
  const page = await client().chamber(CHAMBER).members.list({ q: ice, limit: 10 });
  return page.items.filter((member) => "identifiers" in member && member.identifiers.ice === ice).length;
}

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [MAIN, ...args], {
    env: { ...process.env, GHORFA_BASE_URL: node.url, GHORFA_API_KEY: key, GHORFA_CHAMBER: CHAMBER, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

describe("import members against a node", () => {
  it("imports a Windows-1256 Arabic CSV, a ;-separated UTF-8 BOM CSV and an XLSX", async () => {
    const arabic = join(dir, "arabic.csv");
    await writeCsv(arabic, [ARABIC_HEADERS, arabicRow(1, 11), arabicRow(2, 11)], {
      encoding: "windows-1256",
      delimiter: ";",
    });
    const counts = await importMembers({
      source: await csvSource(arabic),
      chamberId: CHAMBER,
      locale: "ar-MA",
      client: client(),
    });
    expect(counts).toMatchObject({ total: 2, created: 2, failed: 0 });
    const found = (
      await client()
        .chamber(CHAMBER)
        .members.list({ q: iceOf(1, 11), limit: 5 })
    ).items[0];
    expect(found?.legalName).toBe("شركة الأركان 1");

    const french = join(dir, "french.csv");
    await writeCsv(french, [FRENCH_HEADERS, frenchRow(1, 12), frenchRow(2, 12)], {
      bom: true,
      delimiter: ";",
    });
    expect(
      await importMembers({
        source: await csvSource(french),
        chamberId: CHAMBER,
        locale: "fr-MA",
        client: client(),
      }),
    ).toMatchObject({ created: 2, failed: 0 });

    const xlsx = join(dir, "members.xlsx");
    await writeXlsx(xlsx, [FRENCH_HEADERS, frenchRow(1, 13), frenchRow(2, 13), frenchRow(3, 13)]);
    expect(
      await importMembers({
        source: await xlsxSource(xlsx),
        chamberId: CHAMBER,
        locale: "en",
        client: client(),
      }),
    ).toMatchObject({ created: 3, failed: 0 });
    expect(await countByIce(iceOf(3, 13))).toBe(1);
  });

  it("reports bad rows of every kind and goes on, with exact counts", async () => {
    const salt = 14;
    // An ICE the node already holds.
    const known = join(dir, "known.csv");
    await writeCsv(known, [FRENCH_HEADERS, frenchRow(9, salt)]);
    await importMembers({
      source: await csvSource(known),
      chamberId: CHAMBER,
      locale: "en",
      client: client(),
    });

    const goodIce = iceOf(1, salt);
    const badChecksum = `${goodIce.slice(0, 13)}${goodIce.slice(13) === "99" ? "98" : "99"}`;
    const path = join(dir, "bad.csv");
    await writeCsv(path, [
      FRENCH_HEADERS,
      frenchRow(1, salt), // good
      frenchRow(2, salt, { ICE: badChecksum }), // checksum
      frenchRow(3, salt, { RC: "" }), // missing RC
      frenchRow(4, salt, { Secteur: "Agriculture" }), // unknown section
      frenchRow(5, salt, { ICE: goodIce }), // an ICE twice in the file
      frenchRow(6, salt, { ICE: iceOf(6, salt).replace(/^0/, "") }), // lost leading zero
      frenchRow(7, salt, { ICE: `${iceOf(7, salt).slice(0, 5)} ${iceOf(7, salt).slice(5)}` }), // a space
      frenchRow(9, salt), // already on the node
      frenchRow(10, salt), // good
    ]);
    const errors: RowError[] = [];
    const dry = await importMembers({
      source: await csvSource(path),
      chamberId: CHAMBER,
      locale: "fr-MA",
      onError: (e) => errors.push(e),
    });
    expect(dry).toMatchObject({ total: 9, created: 0, failed: 6, valid: 3 });
    expect(await countByIce(goodIce)).toBe(0);
    expect(new Set(errors.map((e) => e.row))).toEqual(new Set([3, 4, 5, 6, 7, 8]));
    expect(errors.find((e) => e.row === 3)).toMatchObject({ column: "ICE", value: badChecksum });
    expect(errors.find((e) => e.row === 4)?.column).toBe("RC");
    expect(errors.find((e) => e.row === 5)).toMatchObject({ column: "Secteur", value: "Agriculture" });
    expect(errors.find((e) => e.row === 6)?.message).toContain("2");
    expect(errors.find((e) => e.row === 8)?.value).toContain(" ");

    const counts = await importMembers({
      source: await csvSource(path),
      chamberId: CHAMBER,
      locale: "fr-MA",
      client: client(),
    });
    expect(counts).toMatchObject({ total: 9, created: 2, skipped: 1, updated: 0, failed: 6 });
    expect(await countByIce(goodIce)).toBe(1);
    expect(await countByIce(iceOf(9, salt))).toBe(1);

    // Again: nothing new, nothing twice; --on-existing update changes the known ones.
    const again = await importMembers({
      source: await csvSource(path),
      chamberId: CHAMBER,
      locale: "en",
      client: client(),
      onExisting: "update",
    });
    expect(again).toMatchObject({ created: 0, updated: 3, skipped: 0, failed: 6 });
    expect(await countByIce(goodIce)).toBe(1);
  });

  it("runs as the built bin: a report, a JSON summary and exit code 1 when rows fail", async () => {
    const path = join(dir, "bin.csv");
    await writeCsv(path, [FRENCH_HEADERS, frenchRow(1, 15), frenchRow(2, 15, { Secteur: "Pêche" })]);
    const { done } = run(["import", "members", path, "--locale", "fr-MA"]);
    const result = await done;
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout.trim().split("\n").at(-1) as string);
    expect(summary).toMatchObject({ event: "summary", created: 1, failed: 1, errors: 1 });
    const report = await readFile(`${path}.errors.csv`, "utf8");
    expect(report).toContain("row,column,value,message");
    expect(report).toContain("3,Secteur,Pêche,");
  });

  it("checks a file with --dry-run and --map through the bin, without a node, and writes nothing", async () => {
    const path = join(dir, "dry.csv");
    const headers = FRENCH_HEADERS.map((header) => (header === "ICE" ? "N° identifiant" : header));
    await writeCsv(path, [headers, frenchRow(1, 18), frenchRow(2, 18, { ICE: "12" })], { delimiter: ";" });
    const map = join(dir, "map.json");
    await writeFile(map, JSON.stringify({ "N° identifiant": "identifiers.ice" }));
    const result = await run(["import", "members", path, "--dry-run", "--map", map, "--locale", "ar-MA"], {
      GHORFA_BASE_URL: "",
    }).done;
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout.trim().split("\n").at(-1) as string)).toMatchObject({
      dryRun: true,
      total: 2,
      valid: 1,
      failed: 1,
      created: 0,
    });
    expect(await readFile(`${path}.errors.csv`, "utf8")).toContain("3,N° identifiant,12,");
    expect(await countByIce(iceOf(1, 18))).toBe(0);
    const usage = await run(["import", "members", path, "--on-existing", "merge"]).done;
    expect(usage.code).toBe(2);
  });

  it("exits 3 without a chamber and never prints the key", async () => {
    const path = join(dir, "nochamber.csv");
    await writeCsv(path, [FRENCH_HEADERS, frenchRow(1, 16)]);
    const { done } = run(["import", "members", path, "--locale", "en"], {
      GHORFA_CHAMBER: "",
      XDG_CONFIG_HOME: dir,
    });
    const result = await done;
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("--chamber");
    expect(result.stderr + result.stdout).not.toContain(key);
    const refused = await run(["import", "members", path], { GHORFA_API_KEY: "ghorfa_wrong_key_1234567890" })
      .done;
    expect(refused.code).toBe(3);
    expect(refused.stderr).not.toContain("ghorfa_wrong_key_1234567890");
  });

  it("shows a progress bar with rows/s and the summary on a terminal (a pseudo-terminal by script(1))", async () => {
    const path = join(dir, "terminal.csv");
    const total = 400;
    await writeCsv(path, [FRENCH_HEADERS, ...Array.from({ length: total }, (_, i) => frenchRow(i + 1, 21))]);
    const command = [
      process.execPath,
      MAIN,
      "import",
      "members",
      path,
      "--concurrency",
      "2",
      "--locale",
      "fr-MA",
    ]
      .map((word) => `'${word.replaceAll("'", "'\\''")}'`)
      .join(" ");
    // A pseudo-terminal starts with no size: give it a terminal's.
    const child = spawn("script", ["-qfec", `stty cols 120 rows 40; ${command}`, "/dev/null"], {
      env: {
        ...process.env,
        GHORFA_BASE_URL: node.url,
        GHORFA_API_KEY: key,
        GHORFA_CHAMBER: CHAMBER,
        COLUMNS: "120",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let screen = "";
    child.stdout.on("data", (chunk) => {
      screen += chunk;
    });
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    // Not JSON lines: what a person reads, in the chosen language (the numbers bidi-isolated).
    screen = screen.replace(/[\u2066-\u2069]/g, "");
    expect(screen).not.toContain('"event"');
    expect(screen).toMatch(/\d+ lignes, \d+ lignes\/s, environ \d+ s restantes/);
    expect(screen).toContain(`${total} lignes : ${total} créées, 0 mises à jour, 0 ignorées, 0 en échec.`);
  });

  it("killed in the middle then run again: every row exactly once", async () => {
    const salt = 17;
    const total = 300;
    const path = join(dir, "kill.csv");
    await writeCsv(path, [
      FRENCH_HEADERS,
      ...Array.from({ length: total }, (_, i) => frenchRow(i + 1, salt)),
    ]);
    const first = run(["import", "members", path, "--concurrency", "8"]);
    // Kill once some rows are on the node, while the others are still on their way.
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if ((await countByIce(iceOf(20, salt))) > 0 || first.child.exitCode !== null) break;
    }
    first.child.kill("SIGKILL");
    await first.done;
    const second = await run(["import", "members", path, "--concurrency", "8"]).done;
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout.trim().split("\n").at(-1) as string);
    expect(summary.created + summary.skipped).toBe(total);
    expect(summary.skipped).toBeGreaterThan(0);
    // Checked in the node's database, not through the API: one row per ICE, none missing, none twice.
    const ices = Array.from({ length: total }, (_, i) => iceOf(i + 1, salt));
    const { rows } = (await node.database.db.execute(
      sql`select ice, count(*)::int as count, array_agg(id) as ids from members
          where chamber_id = ${CHAMBER} and ice = any(${sql.param(ices)}::text[]) group by ice`,
    )) as unknown as { rows: { ice: string; count: number; ids: string[] }[] };
    expect(rows).toHaveLength(total);
    expect(rows.filter((row) => Number(row.count) !== 1)).toEqual([]);
    // The member each ICE's create acknowledged (its recorded answer, replayed on the re-run) is the
    // one row the database holds: no create was applied twice under another id.
    const keys = new Map(ices.map((ice) => [idempotencyKeyOf(CHAMBER, ice), ice]));
    const recorded = (await node.database.db.execute(
      sql`select key, status, response_body as body from idempotency_keys
          where owner = ${`chamber:${CHAMBER}`} and method = 'POST' and key = any(${sql.param([...keys.keys()])}::text[])`,
    )) as unknown as { rows: { key: string; status: string; body: string }[] };
    expect(recorded.rows).toHaveLength(total);
    const idOfIce = new Map(rows.map((row) => [row.ice, row.ids[0]]));
    for (const record of recorded.rows) {
      expect(record.status).toBe("done");
      expect(JSON.parse(record.body).id).toBe(idOfIce.get(keys.get(record.key) as string));
    }
  });
});

describe("import members against a node that limits its rate", () => {
  let limited: TestNode;
  let limitedKey: string;
  beforeAll(async () => {
    limited = await startNode({ GHORFA_RATE_LIMIT: "10", GHORFA_RATE_WINDOW_SECONDS: "1" });
    limitedKey = await limited.key(CHAMBER);
  }, 120_000);
  afterAll(() => limited?.close());

  it("waits out 429 answers (Retry-After) and loses no row", async () => {
    const path = join(dir, "limited.csv");
    await writeCsv(path, [FRENCH_HEADERS, ...Array.from({ length: 40 }, (_, i) => frenchRow(i + 1, 19))]);
    let limitedAnswers = 0;
    const counts = await importMembers({
      source: await csvSource(path),
      chamberId: CHAMBER,
      locale: "en",
      concurrency: 4,
      client: createClient({
        baseUrl: limited.url,
        apiKey: limitedKey,
        retry: { limit: 10 },
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (response.status === 429) limitedAnswers++;
          return response;
        },
      }),
    });
    expect(counts).toMatchObject({ total: 40, created: 40, failed: 0 });
    expect(limitedAnswers).toBeGreaterThan(0);
  });
});

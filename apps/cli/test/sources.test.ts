import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isoDateOf, legalFormOf, mapColumns, sectionOf } from "../src/import/columns";
import { csvSource } from "../src/import/csv";
import { detectEncoding } from "../src/import/encoding";
import type { RowSource } from "../src/import/row-source";
import { xlsxSource } from "../src/import/xlsx";
import { ARABIC_HEADERS, arabicRow, FRENCH_HEADERS, frenchRow, writeCsv, writeXlsx } from "./files";

async function all(source: RowSource) {
  const headers = await source.headers();
  const rows = [];
  for await (const row of source.rows()) rows.push(row);
  await source.close();
  return { headers, rows };
}

const dir = await mkdtemp(join(tmpdir(), "ghorfa-sources-"));

describe("encodings", () => {
  it("detects UTF-8, Windows-1256 Arabic and Windows-1252 French", async () => {
    const iconv = (await import("iconv-lite")).default;
    expect(detectEncoding(Buffer.from("Société;الاسم"))).toBe("utf8");
    expect(detectEncoding(iconv.encode("شركة الأركان;أكادير", "windows-1256"))).toBe("windows-1256");
    expect(detectEncoding(iconv.encode("Société Générale;Fès", "windows-1252"))).toBe("windows-1252");
  });
});

describe("CSV", () => {
  const rows = [FRENCH_HEADERS, frenchRow(1, 0), frenchRow(2, 0, { "Raison sociale": "Dupont; fils" })];
  for (const [name, options] of [
    ["UTF-8", {}],
    ["UTF-8 with BOM", { bom: true }],
    ["; separated", { delimiter: ";" }],
    ["Windows-1252", { encoding: "windows-1252", delimiter: ";" }],
  ] as const) {
    it(`reads ${name}`, async () => {
      const path = join(dir, `${name.replace(/\W/g, "")}.csv`);
      await writeCsv(path, rows, options);
      const read = await all(await csvSource(path));
      expect(read.headers).toEqual(FRENCH_HEADERS);
      expect(read.rows.map((row) => row.cells)).toEqual(rows.slice(1));
      expect(read.rows.map((row) => row.row)).toEqual([2, 3]);
    });
  }

  it("reads Windows-1256 Arabic", async () => {
    const path = join(dir, "arabic.csv");
    const rows = [ARABIC_HEADERS, arabicRow(1, 0)];
    await writeCsv(path, rows, { encoding: "windows-1256", delimiter: ";" });
    const source = await csvSource(path);
    expect(source.encoding).toBe("windows-1256");
    expect((await all(source)).rows[0]?.cells).toEqual(rows[1]);
  });
});

describe("XLSX", () => {
  it("streams the first sheet's rows with shared strings", async () => {
    const path = join(dir, "members.xlsx");
    const rows = [ARABIC_HEADERS, arabicRow(1, 0), arabicRow(2, 0)];
    await writeXlsx(path, rows);
    const source = await xlsxSource(path);
    expect(source.fraction?.()).toBe(0);
    const read = await all(source);
    expect(source.fraction?.()).toBe(1);
    expect(read.headers).toEqual(ARABIC_HEADERS);
    expect(read.rows.map((row) => row.cells)).toEqual(rows.slice(1));
  });
});

describe("columns", () => {
  it("maps French and Arabic headers, and --map for others", () => {
    expect(mapColumns(FRENCH_HEADERS).columns).toEqual([
      "legalName",
      "legalForm",
      "identifiers.ice",
      "identifiers.rc.number",
      "identifiers.rc.court",
      "section",
      "activity.fr",
      "address.prefecture",
      "address.city",
    ]);
    expect(mapColumns(ARABIC_HEADERS).columns).toContain("activity.ar");
    expect(mapColumns(["Code client", "N° ICE"], { "N° ICE": "identifiers.ice" }).columns).toEqual([
      undefined,
      "identifiers.ice",
    ]);
    expect(mapColumns([], { X: "nope" }).unknownFields).toEqual(["nope"]);
  });
  it("reads sections, legal forms and dd/mm/yyyy dates", () => {
    expect(sectionOf("Industrie")).toBe("industry");
    expect(sectionOf("الخدمات")).toBe("services");
    expect(sectionOf("Agriculture")).toBe("Agriculture");
    expect(legalFormOf("SARL AU")).toBe("sarl_au");
    expect(legalFormOf("S.A.")).toBe("sa");
    expect(isoDateOf("05/03/2019")).toBe("2019-03-05");
  });
});

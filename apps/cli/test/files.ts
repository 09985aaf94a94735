import { writeFile } from "node:fs/promises";
import { completeIce } from "@ghorfa/schemas";
import { strToU8, zipSync } from "fflate";
import iconv from "iconv-lite";

/** A valid ICE, different for each n (and for each `salt`, so runs on one node do not collide). */
export function iceOf(n: number, salt = 0): string {
  return completeIce(`0${String(salt).padStart(2, "0")}${String(n).padStart(6, "0")}0000`);
}

export const FRENCH_HEADERS = [
  "Raison sociale",
  "Forme juridique",
  "ICE",
  "RC",
  "Tribunal",
  "Secteur",
  "Activité",
  "Préfecture",
  "Ville",
];
export const ARABIC_HEADERS = [
  "الاسم التجاري",
  "الشكل القانوني",
  "ICE",
  "السجل التجاري",
  "المحكمة",
  "القطاع",
  "النشاط",
  "العمالة",
  "المدينة",
];

export function frenchRow(
  n: number,
  salt: number,
  overrides: Partial<Record<string, string>> = {},
): string[] {
  const row: Record<string, string> = {
    "Raison sociale": `Société d'essai ${n}`,
    "Forme juridique": "SARL",
    ICE: iceOf(n, salt),
    RC: String(10_000 + n),
    Tribunal: "Agadir",
    Secteur: "Services",
    Activité: "Conseil",
    Préfecture: "Agadir Ida-Outanane",
    Ville: "Agadir",
    ...overrides,
  };
  return FRENCH_HEADERS.map((header) => row[header] as string);
}

export function arabicRow(n: number, salt: number): string[] {
  return [
    `شركة الأركان ${n}`,
    "SARL",
    iceOf(n, salt),
    String(20_000 + n),
    "أكادير",
    "التجارة",
    "تجارة زيت الأركان",
    "أكادير إداوتنان",
    "أكادير",
  ];
}

function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') ? `"${value.replaceAll('"', '""')}"` : value;
}

export async function writeCsv(
  path: string,
  rows: readonly (readonly string[])[],
  options: { delimiter?: string; encoding?: "utf8" | "windows-1256" | "windows-1252"; bom?: boolean } = {},
): Promise<void> {
  const delimiter = options.delimiter ?? ",";
  const text = `${options.bom ? "\uFEFF" : ""}${rows.map((row) => row.map((v) => csvCell(v, delimiter)).join(delimiter)).join("\r\n")}\r\n`;
  await writeFile(
    path,
    options.encoding && options.encoding !== "utf8" ? iconv.encode(text, options.encoding) : text,
  );
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A minimal XLSX workbook as Excel writes one: texts in the shared strings table, one sheet. */
export async function writeXlsx(path: string, rows: readonly (readonly string[])[]): Promise<void> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          let i = index.get(value);
          if (i === undefined) {
            i = strings.push(value) - 1;
            index.set(value, i);
          }
          return `<c r="${columnName(c)}${r + 1}" t="s"><v>${i}</v></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const files = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    "xl/workbook.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Membres" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("")}</sst>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  };
  await writeFile(path, zipSync(files));
}

import { strToU8, Zip, ZipDeflate } from "fflate";
import type { Sink } from "./sink";

/** A cell: numbers stay numbers (centimes sum in Excel), everything else is text. */
export type Cell = string | number | boolean | null | undefined;

const xml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    // XML 1.0 allows no C0 control characters but tab and line breaks.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
    .replaceAll(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

function column(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: Cell, ref: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
}

const STATIC = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/**
 * A one-sheet XLSX written as rows come: the sheet's XML is deflated into the zip stream row by
 * row (inline strings, no shared-string table to hold in memory), and the zip's bytes go to the
 * sink as fflate produces them. Right-to-left sheet for Arabic.
 */
export function xlsxWriter(sink: Sink, options: { sheetName: string; rtl: boolean }) {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  let done = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else pending.push(chunk);
    if (final) done = true;
  });
  const flush = async () => {
    if (failure) throw failure;
    while (pending.length > 0) await sink.write(pending.shift() as Uint8Array);
  };
  for (const [name, text] of Object.entries(STATIC)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  }
  const workbook = new ZipDeflate("xl/workbook.xml", { level: 6 });
  zip.add(workbook);
  workbook.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xml(options.sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    true,
  );
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(sheet);
  sheet.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"${options.rtl ? ' rightToLeft="1"' : ""}/></sheetViews><sheetData>`,
    ),
  );
  let row = 0;
  return {
    async row(values: readonly Cell[]) {
      row += 1;
      sheet.push(
        strToU8(`<row r="${row}">${values.map((v, i) => cellXml(v, `${column(i)}${row}`)).join("")}</row>`),
      );
      await flush();
    },
    async close() {
      sheet.push(strToU8("</sheetData></worksheet>"), true);
      zip.end();
      await flush();
      if (!done) throw new Error("the XLSX zip did not end");
    },
  };
}

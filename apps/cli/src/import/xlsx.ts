import type { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import yauzl from "yauzl";
import type { Row, RowSource } from "./row-source";

type ZipFile = yauzl.ZipFile;

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

/** The entries of the archive by name (the central directory only: no entry is read). */
async function entriesOf(zip: ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once("end", resolve);
    zip.once("error", reject);
    zip.readEntry();
  });
  return entries;
}

function streamOf(zip: ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
  );
}

/** The shared strings table: cells of type "s" name their text by its index here. */
async function sharedStrings(zip: ZipFile, entry: yauzl.Entry | undefined): Promise<string[]> {
  if (entry === undefined) return [];
  const strings: string[] = [];
  const parser = new SaxesParser();
  let current: string | undefined;
  let inText = false;
  parser.on("opentag", (tag) => {
    if (tag.name === "si") current = "";
    else if (tag.name === "t") inText = true;
  });
  parser.on("text", (text) => {
    if (inText && current !== undefined) current += text;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "t") inText = false;
    else if (tag.name === "si") {
      strings.push(current ?? "");
      current = undefined;
    }
  });
  // A decoder that keeps a letter cut between two chunks for the next one.
  const decoder = new TextDecoder();
  for await (const chunk of await streamOf(zip, entry))
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.close();
  return strings;
}

/** "BC12" → 54 (0-based column of the cell reference). */
function columnOf(ref: string): number {
  let column = 0;
  for (const char of ref) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/**
 * The first sheet of an XLSX workbook, read as a stream of rows: the shared strings are loaded
 * (Excel writes every text there once), then the sheet's XML is parsed chunk by chunk, and each
 * chunk's rows are handed on before the next chunk is read.
 */
export async function xlsxSource(path: string): Promise<RowSource> {
  const zip = await openZip(path);
  const entries = await entriesOf(zip);
  const strings = await sharedStrings(zip, entries.get("xl/sharedStrings.xml"));
  const sheet =
    entries.get("xl/worksheets/sheet1.xml") ??
    [...entries.values()].find((entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName));
  if (sheet === undefined) throw new Error("No worksheet in the workbook");

  let read = 0;
  async function* allRows(): AsyncGenerator<Row> {
    const stream = await streamOf(zip, sheet as yauzl.Entry);
    const parser = new SaxesParser();
    const ready: Row[] = [];
    let cells: string[] = [];
    let rowNumber = 0;
    let cell: { column: number; type: string; text: string } | undefined;
    let inValue = false;
    parser.on("opentag", (tag) => {
      const attributes = tag.attributes as Record<string, string>;
      if (tag.name === "row") {
        rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
        cells = [];
      } else if (tag.name === "c") {
        cell = {
          column: attributes.r ? columnOf(attributes.r) : cells.length,
          type: attributes.t ?? "n",
          text: "",
        };
      } else if (tag.name === "v" || tag.name === "t") inValue = true;
    });
    parser.on("text", (text) => {
      if (inValue && cell) cell.text += text;
    });
    parser.on("closetag", (tag) => {
      if (tag.name === "v" || tag.name === "t") inValue = false;
      else if (tag.name === "c" && cell) {
        while (cells.length < cell.column) cells.push("");
        cells[cell.column] = cell.type === "s" ? (strings[Number(cell.text)] ?? "") : cell.text;
        cell = undefined;
      } else if (tag.name === "row") ready.push({ row: rowNumber, cells });
    });
    const decoder = new TextDecoder();
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
      while (ready.length > 0) yield ready.shift() as Row;
    }
    parser.close();
    while (ready.length > 0) yield ready.shift() as Row;
  }

  const iterator = allRows();
  let headerRow: readonly string[] | undefined;
  async function headers(): Promise<readonly string[]> {
    if (headerRow === undefined) {
      const first = await iterator.next();
      headerRow = first.done ? [] : first.value.cells;
    }
    return headerRow;
  }
  return {
    headers,
    fraction: () => (sheet.uncompressedSize > 0 ? read / sheet.uncompressedSize : 0),
    async *rows() {
      await headers();
      while (true) {
        const next = await iterator.next();
        if (next.done) return;
        if (next.value.cells.every((value) => value === "")) continue;
        yield next.value;
      }
    },
    async close() {
      await iterator.return(undefined);
      zip.close();
    },
  };
}

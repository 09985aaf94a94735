import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { detectEncoding, type Encoding } from "./encoding";
import type { Row, RowSource } from "./row-source";

const SAMPLE = 64 * 1024;

async function sampleOf(path: string): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SAMPLE);
    const { bytesRead } = await file.read(buffer, 0, SAMPLE, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** `;` or `,`: whichever the header line holds more of, outside quotes (Excel in French writes `;`). */
export function detectDelimiter(firstLine: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return semicolons > commas ? ";" : ",";
}

export async function csvSource(
  path: string,
  options: { encoding?: Encoding | undefined } = {},
): Promise<RowSource & { encoding: Encoding; delimiter: string }> {
  const sample = await sampleOf(path);
  const encoding = options.encoding ?? detectEncoding(sample);
  const head = iconv.decode(Buffer.from(sample), encoding).replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(head.split(/\r?\n/, 1)[0] ?? "");
  const { size } = await stat(path);
  const input = createReadStream(path);
  // iconv-lite drops a UTF-8 BOM itself; csv-parse's `bom` also covers an input decoded elsewhere.
  const parser = input.pipe(iconv.decodeStream(encoding)).pipe(
    parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      relax_quotes: true,
      info: true,
    }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { bytes: number };
  }>;
  /** Where the last row handed out ends, in the parser's bytes (of the decoded text). */
  let consumed = 0;
  let headerRow: readonly string[] | undefined;
  async function headers(): Promise<readonly string[]> {
    if (headerRow === undefined) {
      const first = await iterator.next();
      headerRow = first.done ? [] : first.value.record;
      if (!first.done) consumed = first.value.info.bytes;
    }
    return headerRow;
  }
  return {
    encoding,
    delimiter,
    headers,
    // The parser runs ahead of the rows handed out (a buffer's worth): the share of what it parsed
    // that was handed out, times the share of the file read. Both shares are measured in their own
    // bytes, so a Windows-1256 file (one byte a letter, two once decoded) is measured right.
    fraction: () =>
      size > 0 && parser.info.bytes > 0 ? (consumed / parser.info.bytes) * (input.bytesRead / size) : 0,
    async *rows(): AsyncIterable<Row> {
      await headers();
      let row = 1;
      while (true) {
        const next = await iterator.next();
        if (next.done) return;
        row++;
        consumed = next.value.info.bytes;
        yield { row, cells: next.value.record };
      }
    },
    async close() {
      input.destroy();
      parser.destroy();
    },
  };
}

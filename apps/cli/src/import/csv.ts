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
  const parser = input
    .pipe(iconv.decodeStream(encoding))
    .pipe(
      parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }),
    );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  let headerRow: readonly string[] | undefined;
  async function headers(): Promise<readonly string[]> {
    if (headerRow === undefined) {
      const first = await iterator.next();
      headerRow = first.done ? [] : first.value;
    }
    return headerRow;
  }
  return {
    encoding,
    delimiter,
    headers,
    fraction: () => (size > 0 ? input.bytesRead / size : 0),
    async *rows(): AsyncIterable<Row> {
      await headers();
      let row = 1;
      while (true) {
        const next = await iterator.next();
        if (next.done) return;
        row++;
        yield { row, cells: next.value };
      }
    },
    async close() {
      input.destroy();
      parser.destroy();
    },
  };
}

import { createWriteStream, type WriteStream } from "node:fs";
import type { RowError } from "./members";

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The errors report: a CSV (UTF-8 with a BOM, so Excel reads the Arabic) of row, column, value, message. */
export class ErrorReport {
  private readonly out: WriteStream;
  count = 0;
  constructor(readonly path: string) {
    this.out = createWriteStream(path);
    this.out.write("\uFEFFrow,column,value,message\n");
  }
  add(error: RowError): void {
    this.count++;
    this.out.write(`${[error.row, error.column, error.value, error.message].map(cell).join(",")}\n`);
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

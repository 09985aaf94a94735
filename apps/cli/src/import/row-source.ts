/**
 * A file's rows, streamed: the header row first, then each data row with its 1-based line in the
 * sheet (the header is row 1), so a report names the row the user sees in Excel.
 */
export interface Row {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface RowSource {
  /** The header row's cells. */
  headers(): Promise<readonly string[]>;
  /** The data rows, read as they are consumed (nothing is read ahead of the consumer). */
  rows(): AsyncIterable<Row>;
  /** The share of the file taken by the rows handed out so far (0–1), when the source can tell: what "time left" is computed from. */
  fraction?(): number;
  close(): Promise<void>;
}

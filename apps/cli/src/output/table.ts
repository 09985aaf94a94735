import { direction, type Locale } from "@ghorfa/i18n";
import portalCss from "../../../portal/src/styles/app.css";
import { BOM, csvLine } from "./csv";

/** A report as a table: the words of its header and cells already in the reader's language. */
export interface Table {
  title: string;
  columns: readonly string[];
  /** Which columns hold amounts or counts: right-aligned figures, isolated in RTL text. */
  numeric: readonly boolean[];
  rows: readonly (readonly string[])[];
  footer?: readonly string[];
}

export function tableCsv(table: Table, options: { bom?: boolean } = {}): string {
  const lines = [table.columns, ...table.rows, ...(table.footer ? [table.footer] : [])].map(csvLine);
  return (options.bom ? BOM : "") + lines.join("");
}

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The table as a printable page, styled by the portal's own `.table` rules. */
export function tableHtml(table: Table, locale: Locale): string {
  const cell = (tag: "td" | "th", text: string, i: number) =>
    table.numeric[i]
      ? `<${tag} class="num"><bdi>${escapeHtml(text)}</bdi></${tag}>`
      : `<${tag}>${escapeHtml(text)}</${tag}>`;
  const row = (cells: readonly string[], tag: "td" | "th" = "td") =>
    `<tr>${cells.map((c, i) => cell(tag, c, i)).join("")}</tr>`;
  return `<!doctype html>
<html lang="${locale}" dir="${direction(locale)}">
<head><meta charset="utf-8"><title>${escapeHtml(table.title)}</title>
<style>${portalCss}</style>
<style>
:root { background: #fff; font-size: 10pt; }
@page { size: A4 landscape; margin: 12mm; }
h1 { font-size: 14pt; }
.table { inline-size: 100%; border-collapse: collapse; }
.table th, .table td { border-block-end: 1px solid #ccc; padding: 0.2rem 0.4rem; text-align: start; }
.table .num { text-align: end; white-space: nowrap; }
</style>
</head>
<body>
<h1>${escapeHtml(table.title)}</h1>
<table class="table">
<thead>${row(table.columns, "th")}</thead>
<tbody>${table.rows.map((r) => row(r)).join("\n")}</tbody>
${table.footer ? `<tfoot>${row(table.footer, "th")}</tfoot>` : ""}
</table>
</body>
</html>`;
}

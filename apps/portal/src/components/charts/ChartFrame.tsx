import { isolate } from "@ghorfa/i18n";
import { type ReactNode, useId, useState } from "react";
import { useMessages } from "../../i18n/locale";
import { shell } from "../../messages/shell";

/** One line of a chart: what it is, its value, and that value as the reader writes it. */
export interface ChartDatum {
  readonly key: string;
  readonly label: ReactNode;
  readonly value: number;
  readonly display: string;
}

/** A mark's tooltip: its label and its value, the value isolated so digits keep their order. */
export function tooltip(datum: ChartDatum): string {
  const value = isolate(datum.display);
  return typeof datum.label === "string" ? `${datum.label} ${value}` : value;
}

/** The headers of a chart's table view. */
export interface ChartColumns {
  readonly label: string;
  readonly value: string;
}

/**
 * A chart with its title, and a button that shows the same figures as a table instead: a figure
 * that a screen reader, a keyboard or a printout can read line by line.
 */
export function ChartFrame({
  title,
  testId,
  chart,
  table,
  extra,
  level = 2,
}: {
  title: string;
  testId: string;
  /** The heading's level: 2 for a chart of the page, 3 inside a section. */
  level?: 2 | 3;
  chart: ReactNode;
  table: ReactNode;
  extra?: ReactNode;
}) {
  const t = useMessages(shell);
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <figure className="chart card" data-testid={testId} aria-labelledby={titleId}>
      <figcaption className="chart-head">
        <Heading id={titleId}>{title}</Heading>
        <button
          type="button"
          className="button button-quiet chart-toggle"
          aria-controls={bodyId}
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
        >
          {asTable ? t("chartView") : t("tableView")}
        </button>
      </figcaption>
      {extra}
      <div id={bodyId} className="chart-body">
        {asTable ? table : chart}
      </div>
    </figure>
  );
}

/** The figures of a chart as a table: a header row, then one row per line. */
export function ChartTable({
  caption,
  columns,
  rows,
  foot,
}: {
  caption: string;
  columns: ChartColumns;
  rows: readonly ChartDatum[];
  foot?: ChartDatum;
}) {
  return (
    <div className="table-wrap">
      <table className="table chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.label}</th>
            <th scope="col" className="number">
              {columns.value}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="number">
                <bdi>{row.display}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <tr data-key={foot.key}>
              <th scope="row">{foot.label}</th>
              <td className="number">
                <bdi>{foot.display}</bdi>
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

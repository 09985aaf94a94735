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

/** What every chart takes beside its marks: its title, what it shows in words, its table view. */
export interface ChartProps {
  title: string;
  /** What the chart shows, in words: its accessible name. */
  summary: string;
  columns: ChartColumns;
  testId: string;
  /** The heading's level: 2 for a chart of the page, 3 inside a section. */
  level?: 2 | 3;
  /** A last line of the table view (a total). */
  foot?: ChartDatum;
  /** What goes between the title and the chart (headline figures). */
  extra?: ReactNode;
}

/** The width of a bar's track in SVG user units: bars and segments are laid out as shares of it. */
export const TRACK = 100;

/** A bar's track: an SVG as wide as TRACK, its background drawn, hidden from assistive technology. */
export function Track({ className, children }: { className: string; children: ReactNode }) {
  return (
    <svg
      className={className}
      viewBox={`0 0 ${TRACK} 10`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="bar-bg" x={0} y={0} width={TRACK} height={10} rx={1} />
      {children}
    </svg>
  );
}

/**
 * A chart with its title, and a button that shows the same figures (`rows`) as a table instead: a
 * figure that a screen reader, a keyboard or a printout can read line by line.
 */
export function ChartFrame({
  title,
  testId,
  chart,
  rows,
  columns,
  foot,
  extra,
  level = 2,
}: Omit<ChartProps, "summary"> & { chart: ReactNode; rows: readonly ChartDatum[] }) {
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
        {asTable ? <ChartTable caption={title} columns={columns} rows={rows} foot={foot} /> : chart}
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

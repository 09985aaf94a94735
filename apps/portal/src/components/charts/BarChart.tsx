import type { ReactNode } from "react";
import { useLocale } from "../../i18n/locale";
import { type ChartColumns, type ChartDatum, ChartFrame, ChartTable, tooltip } from "./ChartFrame";
import { barSpan, shareOf } from "./geometry";

const TRACK = 100;

/**
 * Horizontal bars, one per line, growing from the inline start (from the right in Arabic), the
 * label at the inline start and the value at the end; `summary` says in words what it shows.
 */
export function BarChart({
  title,
  summary,
  rows,
  columns,
  testId,
  level,
  foot,
  extra,
}: {
  title: string;
  summary: string;
  rows: readonly ChartDatum[];
  columns: ChartColumns;
  testId: string;
  level?: 2 | 3;
  foot?: ChartDatum;
  extra?: ReactNode;
}) {
  const { dir } = useLocale();
  const max = Math.max(0, ...rows.map((row) => row.value));
  const chart = (
    <div className="bar-chart" role="img" aria-label={summary}>
      {rows.map((row) => {
        const bar = barSpan(0, shareOf(row.value, max) * TRACK, TRACK, dir);
        return (
          // A native tooltip on the whole row: the value stays readable where the bar is short.
          <div className="bar-row" key={row.key} data-key={row.key} title={tooltip(row)}>
            <span className="bar-label">{row.label}</span>
            <svg
              className="bar-track"
              viewBox={`0 0 ${TRACK} 10`}
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect className="bar-bg" x={0} y={0} width={TRACK} height={10} rx={1} />
              {bar.width > 0 && <rect className="bar" x={bar.x} y={0} width={bar.width} height={10} rx={1} />}
            </svg>
            <bdi className="bar-value">{row.display}</bdi>
          </div>
        );
      })}
    </div>
  );
  return (
    <ChartFrame
      title={title}
      testId={testId}
      level={level}
      extra={extra}
      chart={chart}
      table={<ChartTable caption={title} columns={columns} rows={rows} foot={foot} />}
    />
  );
}

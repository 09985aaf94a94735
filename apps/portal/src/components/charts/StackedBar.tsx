import type { ReactNode } from "react";
import { useLocale } from "../../i18n/locale";
import { type ChartColumns, type ChartDatum, ChartFrame, ChartTable, tooltip } from "./ChartFrame";
import { barSpan, shareOf } from "./geometry";

const TRACK = 100;

export interface Segment extends ChartDatum {
  /** The colour of the segment, a class of the stylesheet. */
  readonly tone: "ok" | "warn" | "brand" | "empty";
}

/**
 * One bar split into segments that add up to `total` (collected and still due; units let and
 * vacant), laid from the inline start, with its legend; the headline figures go in `extra`.
 */
export function StackedBar({
  title,
  summary,
  segments,
  total,
  columns,
  testId,
  level,
  extra,
  foot,
}: {
  title: string;
  summary: string;
  segments: readonly Segment[];
  total: number;
  columns: ChartColumns;
  testId: string;
  level?: 2 | 3;
  extra?: ReactNode;
  foot?: ChartDatum;
}) {
  const { dir } = useLocale();
  let start = 0;
  const spans = segments.map((segment) => {
    const length = shareOf(segment.value, total) * TRACK;
    const span = barSpan(start, length, TRACK, dir);
    start += length;
    return { segment, span };
  });
  const chart = (
    <div className="stacked" role="img" aria-label={summary}>
      <svg
        className="stacked-track"
        viewBox={`0 0 ${TRACK} 10`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="bar-bg" x={0} y={0} width={TRACK} height={10} rx={1} />
        {spans.map(({ segment, span }) =>
          span.width > 0 ? (
            <rect
              key={segment.key}
              className={`segment tone-${segment.tone}`}
              x={span.x}
              y={0}
              width={span.width}
              height={10}
            >
              <title>{tooltip(segment)}</title>
            </rect>
          ) : null,
        )}
      </svg>
      <ul className="legend">
        {segments.map((segment) => (
          <li key={segment.key} data-key={segment.key}>
            <span className={`swatch tone-${segment.tone}`} aria-hidden="true" />
            <span>{segment.label}</span> <bdi className="legend-value">{segment.display}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <ChartFrame
      title={title}
      testId={testId}
      level={level}
      extra={extra}
      chart={chart}
      table={<ChartTable caption={title} columns={columns} rows={segments} foot={foot} />}
    />
  );
}

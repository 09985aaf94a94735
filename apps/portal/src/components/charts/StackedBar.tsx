import { useLocale } from "../../i18n/locale";
import { type ChartDatum, ChartFrame, type ChartProps, TRACK, Track, tooltip } from "./ChartFrame";
import { barSpan, shareOf } from "./geometry";

export interface Segment extends ChartDatum {
  /** The colour of the segment, a class of the stylesheet. */
  readonly tone: "ok" | "warn" | "brand" | "empty";
}

/**
 * One bar split into segments that add up to `total` (collected and still due; units let and
 * vacant), laid from the inline start, with its legend; the headline figures go in `extra`.
 */
export function StackedBar({
  summary,
  segments,
  total,
  ...frame
}: ChartProps & { segments: readonly Segment[]; total: number }) {
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
      <Track className="stacked-track">
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
      </Track>
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
  return <ChartFrame {...frame} chart={chart} rows={segments} />;
}

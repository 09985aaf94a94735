import { useLocale } from "../../i18n/locale";
import { type ChartDatum, ChartFrame, type ChartProps, TRACK, Track, tooltip } from "./ChartFrame";
import { barSpan, shareOf } from "./geometry";

/**
 * Horizontal bars, one per line, growing from the inline start (from the right in Arabic), the
 * label at the inline start and the value at the end; `summary` says in words what it shows.
 */
export function BarChart({ summary, rows, ...frame }: ChartProps & { rows: readonly ChartDatum[] }) {
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
            <Track className="bar-track">
              {bar.width > 0 && <rect className="bar" x={bar.x} y={0} width={bar.width} height={10} rx={1} />}
            </Track>
            <bdi className="bar-value">{row.display}</bdi>
          </div>
        );
      })}
    </div>
  );
  return <ChartFrame {...frame} chart={chart} rows={rows} />;
}

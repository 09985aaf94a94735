/**
 * Where a bar sits on a track of `width` user units, growing from the inline start: from the left
 * in French, from the right in Arabic. SVG has no logical coordinates, so they are mirrored here.
 */
export function barSpan(
  start: number,
  length: number,
  width: number,
  dir: "ltr" | "rtl",
): { x: number; width: number } {
  const from = Math.max(0, Math.min(width, start));
  const size = Math.max(0, Math.min(width - from, length));
  return { x: dir === "rtl" ? width - from - size : from, width: size };
}

/** `value` over `max` as a share of a track, 0 when there is nothing to compare with. */
export function shareOf(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(1, value / max);
}

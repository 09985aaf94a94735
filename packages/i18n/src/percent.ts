import { numberFormat } from "./intl/number-format";
import type { Locale } from "./locale";

export interface FormatPercentOptions {
  maximumFractionDigits?: number | undefined;
}

/**
 * A ratio as a percentage, as ICU writes it: 0.8 → "80 %" in French (with a no-break space),
 * "80‎%‎" in Arabic (with left-to-right marks that keep the sign after the number).
 */
export function formatPercent(ratio: number, locale: Locale, options: FormatPercentOptions = {}): string {
  return numberFormat(locale, {
    style: "percent",
    maximumFractionDigits: options.maximumFractionDigits ?? 1,
  }).format(ratio);
}

/** A share in basis points (8000 is 80 %, as @ghorfa/schemas stores it) as a percentage. */
export function formatBasisPoints(
  basisPoints: number,
  locale: Locale,
  options: FormatPercentOptions = {},
): string {
  return formatPercent(basisPoints / 10_000, locale, { maximumFractionDigits: 2, ...options });
}

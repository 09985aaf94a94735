import type { ProblemKind } from "@ghorfa/contract";
import { type Locale, type MessageKey, t } from "@ghorfa/i18n";

/** The problem's title in the caller's language, from the i18n catalogs. */
export function problemTitle(kind: ProblemKind, locale: Locale): string {
  return t(locale, `problem.${kind}.title` as MessageKey);
}

/** The problem's detail in the caller's language, from the i18n catalogs. */
export function problemDetail(kind: ProblemKind, locale: Locale): string {
  return t(locale, `problem.${kind}.detail` as MessageKey);
}

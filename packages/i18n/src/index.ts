export {
  type Catalog,
  CatalogNotLoadedError,
  hasCatalog,
  loadCatalog,
  loadCatalogs,
  type MessageKey,
  registerCatalog,
  UnknownMessageError,
} from "./catalog";
export {
  type DateStyle,
  DEFAULT_TIME_ZONE,
  type FormatDateOptions,
  formatDate,
  formatDateRange,
  formatDateTime,
} from "./dates";
export { FALLBACK_CHAINS, fallbackChain, pickText, TEXT_KEYS } from "./fallback";
export { fold, matches } from "./fold";
export { type FormatHijriOptions, formatHijri, hijriParts } from "./hijri";
export { FSI, isolate, PDI } from "./isolate";
export { type FormattedIssue, formatIssues, toJsonPointer } from "./issues";
export type { DerivedKey, EnumKey, EnumName, FieldKey, FieldName, IssueKey, RegionKey } from "./keys";
export { enumLabel, fieldLabel, formatList, regionName } from "./labels";
export { DEFAULT_LOCALE, direction, LOCALES, type Locale } from "./locale";
export { type FormatOptions, formatMessage, type MessageValues, MissingValueError } from "./message-format";
export { MessageSyntaxError } from "./message-parse";
export { defineMessages, type MessageTable, messageFrom } from "./message-table";
export {
  type FormatMoneyOptions,
  formatMoney,
  type MoneyAmount,
  MoneyFormatError,
  type MoneyStyle,
} from "./money";
export { type FormatPercentOptions, formatBasisPoints, formatPercent } from "./percent";
export { type PluralCategory, type PluralRules, pluralRules } from "./plural";
export { type FormatRelativeOptions, formatRelative } from "./relative-time";
export { resolveLocale } from "./resolve-locale";
export { createTranslator, type Translator, t } from "./translate";
export * from "./words";

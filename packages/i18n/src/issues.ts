import type { Money } from "@ghorfa/schemas";
// The zod-free entry: an app that words issues does not load every schema with its first page.
import { ghorfaCodeOf, ghorfaValuesOf, issueCodeOf } from "@ghorfa/schemas/issue-codes";
import type * as z from "zod";
import { hasMessage, loadedCatalog, type MessageKey } from "./catalog";
import { formatDate } from "./dates";
import { fieldLabel, formatList } from "./labels";
import type { Locale } from "./locale";
import { type MessageValues, MissingValueError } from "./message-format";
import { formatMoney } from "./money";
import { t, tPlain } from "./translate";

type Issue = z.core.$ZodIssue;

/** One field at fault, as a problem+json `errors` entry carries it (see @ghorfa/contract). */
export interface FormattedIssue {
  /** RFC 6901 JSON pointer into the input: "/identifiers/ice", "" for the whole input. */
  pointer: string;
  /** The zod issue code, or Ghorfa's own code (`ice_checksum`…) for a Ghorfa refinement. */
  code: string;
  /** A sentence in the reader's language, starting with the field's label. */
  message: string;
}

/** RFC 6901: "~" is written "~0" and "/" is written "~1" inside a segment. */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path
    .map(
      (segment) =>
        `/${(typeof segment === "symbol" ? (segment.description ?? "") : String(segment)).replace(/~/g, "~0").replace(/\//g, "~1")}`,
    )
    .join("");
}

const labelsOfValues = new WeakMap<object, Map<string, string[]>>();

/** Enum names by their values, read from the catalog's `enum.<Name>.<value>` keys. */
function enumsOf(catalog: Readonly<Record<string, string>>): Map<string, string[]> {
  let enums = labelsOfValues.get(catalog);
  if (enums === undefined) {
    enums = new Map();
    for (const key of Object.keys(catalog)) {
      const [prefix, name, value] = key.split(".");
      if (prefix === "enum" && name !== undefined && value !== undefined)
        enums.set(name, [...(enums.get(name) ?? []), value]);
    }
    labelsOfValues.set(catalog, enums);
  }
  return enums;
}

/** The values zod expected, named as the catalog names them when they are one enum's values. */
function expectedValues(locale: Locale, values: readonly unknown[]): string[] {
  const catalog = loadedCatalog(locale);
  if (catalog !== undefined && values.every((value) => typeof value === "string")) {
    for (const [name, options] of enumsOf(catalog)) {
      if (values.every((value) => options.includes(value as string))) {
        return values.map((value) => tPlain(locale, `enum.${name}.${value as string}` as MessageKey));
      }
    }
  }
  return values.map((value) =>
    typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)),
  );
}

const SIZED = {
  string: "string",
  array: "array",
  set: "array",
  number: "number",
  int: "number",
  bigint: "number",
  date: "date",
} as const;

function sizeMessage(
  locale: Locale,
  issue: Extract<Issue, { code: "too_small" | "too_big" }>,
): [MessageKey, MessageValues] {
  const kind = SIZED[issue.origin as keyof typeof SIZED] ?? "other";
  const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
  if (kind === "string" || kind === "array") {
    return [`validation.${issue.exact ? "exact" : issue.code}.${kind}`, { limit: Number(bound) }];
  }
  if (kind === "number") {
    return [
      `validation.${issue.code}.${issue.inclusive === false ? "number_exclusive" : "number"}`,
      { limit: bound },
    ];
  }
  if (kind === "date")
    return [`validation.${issue.code}.date`, { limit: formatDate(new Date(Number(bound)), locale) }];
  return [`validation.${issue.code}.other`, {}];
}

const FORMATS = new Set(["email", "url", "date", "datetime", "time"]);

function formatMessageOf(issue: Extract<Issue, { code: "invalid_format" }>): [MessageKey, MessageValues] {
  if (FORMATS.has(issue.format)) return [`validation.format.${issue.format}` as MessageKey, {}];
  if (issue.format === "starts_with" && "prefix" in issue)
    return ["validation.format.starts_with", { prefix: String(issue.prefix) }];
  if (issue.format === "ends_with" && "suffix" in issue)
    return ["validation.format.ends_with", { suffix: String(issue.suffix) }];
  if (issue.format === "includes" && "includes" in issue)
    return ["validation.format.includes", { includes: String(issue.includes) }];
  return ["validation.format.other", {}];
}

/** zod omits `input` unless asked (`reportInput`), so a missing field is also known by zod's own words. */
function isMissing(issue: Extract<Issue, { code: "invalid_type" }>): boolean {
  return (
    ("input" in issue && issue.input === undefined && issue.expected !== "undefined") ||
    / received undefined$/.test(issue.message)
  );
}

function invalidValueMessage(locale: Locale, expected: readonly unknown[]): [MessageKey, MessageValues] {
  const values = expectedValues(locale, expected);
  if (values.length === 1) return ["validation.invalid_value.one", { value: values[0] as string }];
  return ["validation.invalid_value.many", { values: formatList(locale, values) }];
}

function typeName(locale: Locale, expected: string): string {
  const key = `type.${expected}`;
  return tPlain(locale, (hasMessage(locale, key) ? key : "type.other") as MessageKey);
}

/**
 * A union says what it expected when it can: the values of its discriminator ("kind"), or that the
 * field is missing when every option says so; otherwise that the value matches none of its forms.
 */
function unionMessage(
  locale: Locale,
  issue: Extract<Issue, { code: "invalid_union" }>,
): [MessageKey, MessageValues] {
  const options = (issue as { options?: unknown }).options;
  if (Array.isArray(options) && options.length > 0) return invalidValueMessage(locale, options);
  const isMissingEverywhere =
    issue.errors.length > 0 &&
    issue.errors.every(
      ([first, ...rest]) =>
        rest.length === 0 && first?.code === "invalid_type" && first.path.length === 0 && isMissing(first),
    );
  return isMissingEverywhere ? ["validation.required", {}] : ["validation.invalid_union", {}];
}

/**
 * The values a Ghorfa issue names (`GhorfaIssueValues`), written for `locale`: an ISO date as a
 * date, Money as an amount with its currency.
 */
function issueValues(locale: Locale, values: Readonly<Record<string, unknown>> | undefined): MessageValues {
  const written: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values ?? {})) {
    if (typeof value === "string") written[name] = ISO_DATE.test(value) ? formatDate(value, locale) : value;
    else if (typeof value === "number") written[name] = value;
    else if (isMoney(value)) written[name] = formatMoney(value, locale);
  }
  return written;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isMoney(value: unknown): value is Money {
  const money = value as Partial<Money> | null;
  return typeof money?.amount === "number" && typeof money.currency === "string";
}

/**
 * The message of an issue: its key, the values it names, and for a sentence that names values the
 * key of the same sentence without them, said when the issue lacks one of them.
 */
function messageOf(locale: Locale, issue: Issue): [MessageKey, MessageValues, MessageKey?] {
  switch (issue.code) {
    case "invalid_type": {
      if (isMissing(issue)) return ["validation.required", {}];
      return ["validation.invalid_type", { expected: typeName(locale, issue.expected) }];
    }
    case "too_small":
    case "too_big":
      return sizeMessage(locale, issue);
    case "invalid_format":
      return formatMessageOf(issue);
    case "not_multiple_of":
      return ["validation.not_multiple_of", { divisor: issue.divisor }];
    case "unrecognized_keys":
      return [
        "validation.unrecognized_keys",
        { count: issue.keys.length, keys: formatList(locale, issue.keys) },
      ];
    case "invalid_value":
      return invalidValueMessage(locale, issue.values);
    case "invalid_union":
      return unionMessage(locale, issue);
    case "invalid_key":
    case "invalid_element":
      return [`validation.${issue.code}`, {}];
    default: {
      const code = ghorfaCodeOf(issue);
      const key = `issue.${code}`;
      if (code === undefined || !hasMessage(locale, key)) return ["validation.custom", {}];
      const values = ghorfaValuesOf(issue);
      const named = `${key}.values`;
      if (values === undefined || !hasMessage(locale, named)) return [key as MessageKey, {}];
      return [named as MessageKey, issueValues(locale, values), key as MessageKey];
    }
  }
}

/**
 * zod issues (zod 4, Ghorfa's custom issues included) as sentences in `locale`, one per issue, each
 * starting with the field's localized label and counting with the locale's plural forms: "الاسم:
 * يجب أن يحتوي على 3 أحرف على الأقل.", "Nom : doit contenir au moins 3 caractères.". Needs the
 * locale's catalog (or one of its fallbacks) to be loaded.
 */
export function formatIssues(
  issues: readonly Issue[] | { issues: readonly Issue[] },
  locale: Locale,
): FormattedIssue[] {
  const list = "issues" in issues ? issues.issues : issues;
  return list.map((issue) => {
    const [key, values, withoutValues] = messageOf(locale, issue);
    const field = fieldLabel(locale, issue.path);
    let message: string;
    try {
      message = t(locale, key, { field, ...values });
    } catch (error) {
      if (!(error instanceof MissingValueError) || withoutValues === undefined) throw error;
      message = t(locale, withoutValues, { field });
    }
    return { pointer: toJsonPointer(issue.path), code: issueCodeOf(issue), message };
  });
}

import { numberFormat } from "./intl/number-format";
import { isolate } from "./isolate";
import type { Locale } from "./locale";
import { type MessageNode, parseMessage } from "./message-parse";
import { pluralRules } from "./plural";

/** Values a message interpolates: text, or numbers (counts, amounts) for `number` and `plural`. */
export type MessageValues = Readonly<Record<string, string | number | bigint>>;

export interface FormatOptions {
  /**
   * Wrap every interpolated value in FSI … PDI (the default). Only the package's own formatters turn
   * it off, for patterns such as "{amount} DH" whose whole result is one value.
   */
  isolate?: boolean | undefined;
}

export class MissingValueError extends Error {
  readonly code = "missing_value";
  constructor(readonly argument: string) {
    super(`The message needs a value for "${argument}"`);
    this.name = "MissingValueError";
  }
}

const NUMBER_STYLES = {
  number: {},
  integer: { maximumFractionDigits: 0 },
  percent: { style: "percent" },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

interface Context {
  locale: Locale;
  values: MessageValues;
  isolate: boolean;
}

function argumentValue(context: Context, name: string): string | number | bigint {
  const value = context.values[name];
  if (value === undefined) throw new MissingValueError(name);
  return value;
}

function asNumber(value: string | number | bigint): number {
  return typeof value === "number" ? value : Number(value);
}

function render(nodes: readonly MessageNode[], context: Context, count?: number): string {
  let out = "";
  const wrap = (text: string) => (context.isolate ? isolate(text) : text);
  for (const node of nodes) {
    if (node.type === "text") out += node.value;
    else if (node.type === "pound")
      out += wrap(numberFormat(context.locale, NUMBER_STYLES.number).format(count ?? 0));
    else if (node.type === "argument") {
      const value = argumentValue(context, node.name);
      const text =
        node.style === undefined && typeof value === "string"
          ? value
          : numberFormat(context.locale, NUMBER_STYLES[node.style ?? "number"]).format(
              typeof value === "string" ? asNumber(value) : value,
            );
      out += wrap(text);
    } else if (node.type === "select") {
      const value = String(argumentValue(context, node.name));
      out += render(node.options[value] ?? node.options.other ?? [], context, count);
    } else {
      const value = asNumber(argumentValue(context, node.name));
      const exact = node.options[`=${value}`];
      const shown = value - node.offset;
      const category = pluralRules(context.locale, { ordinal: node.ordinal }).select(shown);
      out += render(exact ?? node.options[category] ?? node.options.other ?? [], context, shown);
    }
  }
  return out;
}

const compiled = new Map<string, MessageNode[]>();

/** Formats an ICU message in `locale`; messages are parsed once and cached. */
export function formatMessage(
  locale: Locale,
  message: string,
  values: MessageValues = {},
  options: FormatOptions = {},
): string {
  let nodes = compiled.get(message);
  if (nodes === undefined) {
    nodes = parseMessage(message);
    compiled.set(message, nodes);
  }
  return render(nodes, { locale, values, isolate: options.isolate ?? true });
}

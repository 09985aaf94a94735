// A parser for the part of ICU MessageFormat that the catalogs use: arguments, `number`, `plural`
// and `selectordinal` (with `=n`, `offset:` and `#`), `select`, and ICU's apostrophe quoting
// (ApostropheMode DOUBLE_OPTIONAL, as in ICU4J and formatjs). The README says why it is ours.

export type MessageNode =
  | { type: "text"; value: string }
  | { type: "argument"; name: string; style?: "number" | "integer" | "percent" }
  | { type: "pound" }
  | { type: "plural"; name: string; ordinal: boolean; offset: number; options: Record<string, MessageNode[]> }
  | { type: "select"; name: string; options: Record<string, MessageNode[]> };

export class MessageSyntaxError extends Error {
  readonly code = "message_syntax";
  constructor(
    message: string,
    readonly source: string,
    readonly offset: number,
  ) {
    super(`${message} at ${offset} in ${JSON.stringify(source)}`);
    this.name = "MessageSyntaxError";
  }
}

const NAME = /[\p{L}\p{N}_]+/uy;
const SELECTOR = /=\d+|[\p{L}\p{N}_]+/uy;
const SPACE = /\s*/y;

/** Parses an ICU message into nodes; throws `MessageSyntaxError` on what it does not support. */
export function parseMessage(source: string): MessageNode[] {
  let at = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(what, source, at);
  };
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(source);
    at = SPACE.lastIndex;
  };
  const token = (pattern: RegExp, what: string): string => {
    skipSpace();
    pattern.lastIndex = at;
    const found = pattern.exec(source)?.[0] ?? fail(`expected ${what}`);
    at += found.length;
    skipSpace();
    return found;
  };
  const expect = (char: string) => {
    skipSpace();
    if (source[at] !== char) fail(`expected "${char}"`);
    at += 1;
  };

  function parseNodes(inPlural: boolean): MessageNode[] {
    const nodes: MessageNode[] = [];
    let text = "";
    const flush = () => {
      if (text !== "") nodes.push({ type: "text", value: text });
      text = "";
    };
    while (at < source.length) {
      const char = source[at] as string;
      if (char === "}") break;
      if (char === "{") {
        flush();
        nodes.push(parseArgument());
      } else if (char === "#" && inPlural) {
        flush();
        nodes.push({ type: "pound" });
        at += 1;
      } else if (char === "'") {
        const next = source[at + 1];
        if (next === "'") {
          text += "'";
          at += 2;
        } else if (next === "{" || next === "}" || next === "|" || (next === "#" && inPlural)) {
          at += 1; // a quoted literal runs to the next lone apostrophe, or to the end
          while (at < source.length) {
            if (source[at] === "'" && source[at + 1] === "'") {
              text += "'";
              at += 2;
            } else if (source[at] === "'") {
              at += 1;
              break;
            } else {
              text += source[at];
              at += 1;
            }
          }
        } else {
          text += "'";
          at += 1;
        }
      } else {
        text += char;
        at += 1;
      }
    }
    flush();
    return nodes;
  }

  function parseOptions(inPlural: boolean): Record<string, MessageNode[]> {
    const options: Record<string, MessageNode[]> = {};
    skipSpace();
    while (source[at] !== "}") {
      if (at >= source.length) fail('expected "}"');
      const selector = token(SELECTOR, "a selector");
      if (selector in options) fail(`duplicate selector "${selector}"`);
      expect("{");
      options[selector] = parseNodes(inPlural);
      expect("}");
      skipSpace();
    }
    if (!("other" in options)) fail('missing "other"');
    return options;
  }

  function parseArgument(): MessageNode {
    expect("{");
    const name = token(NAME, "an argument name");
    if (source[at] === "}") {
      at += 1;
      return { type: "argument", name };
    }
    expect(",");
    const kind = token(NAME, "an argument type");
    if (kind === "number") {
      if (source[at] === "}") {
        at += 1;
        return { type: "argument", name, style: "number" };
      }
      expect(",");
      const style = token(NAME, "a number style");
      if (style !== "integer" && style !== "percent") fail(`unsupported number style "${style}"`);
      expect("}");
      return { type: "argument", name, style: style as "integer" | "percent" };
    }
    if (kind !== "plural" && kind !== "selectordinal" && kind !== "select")
      fail(`unsupported type "${kind}"`);
    expect(",");
    if (kind === "select") {
      const options = parseOptions(false);
      expect("}");
      return { type: "select", name, options };
    }
    let offset = 0;
    skipSpace();
    if (source.startsWith("offset:", at)) {
      at += "offset:".length;
      offset = Number(token(/\d+/y, "an offset"));
    }
    const options = parseOptions(true);
    expect("}");
    return { type: "plural", name, ordinal: kind === "selectordinal", offset, options };
  }

  const nodes = parseNodes(false);
  if (at < source.length) fail('unexpected "}"');
  return nodes;
}

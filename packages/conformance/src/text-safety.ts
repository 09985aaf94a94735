// Characters XML 1.0 forbids (and HTML treats as errors): C0 controls but tab, LF and CR; lone
// surrogates; U+FFFE and U+FFFF. A report shows them as `\uXXXX` rather than break its file.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const visible = (char: string) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;

/** Text any XML 1.0 or HTML document may hold, forbidden characters shown as `\uXXXX`. */
export function withoutForbidden(text: string): string {
  return text.replace(FORBIDDEN, visible);
}

/** Escaped for XML or HTML text and attribute values (both quotes). */
export function escapeMarkup(text: string): string {
  return withoutForbidden(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;")
    .replaceAll("\r", "&#13;");
}

// A terminal obeys escape sequences: a node's answer must not move the cursor or recolour it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print on a terminal: controls but tab and newline shown as `\uXXXX`. */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, visible);
}

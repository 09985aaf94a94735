/** FIRST STRONG ISOLATE (U+2068): the text inside takes the direction of its first strong letter. */
export const FSI = "\u2068";
/** POP DIRECTIONAL ISOLATE (U+2069): closes the isolate opened by FSI. */
export const PDI = "\u2069";

/**
 * Wraps text in FSI … PDI so that, inside a sentence of the other direction, it is laid out on its
 * own: "ISO 9001" or an ICE inside an Arabic sentence keeps its order and does not drag the
 * neighbouring punctuation along. Unicode bidi algorithm, rules X5c and X6a.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

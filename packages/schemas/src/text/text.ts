import * as z from "zod";
import { ghorfaRawIssue } from "../issues/issue-codes";

// One policy for every text field of the domain and of the contract: what a text may hold, when
// it is blank, and the one form it is stored in. The code point sets are written out here, once,
// rather than read from the runtime's Unicode tables (`\p{…}`), so that every runtime, the JSON
// Schemas and the OpenAPI document draw the same line (see the README's "Text policy").

type Range = readonly [from: number, to: number];

/** `line`: names, references, search text (one line). `block`: descriptions, summaries, clauses. */
export type TextKind = "line" | "block";

// C0 controls, DEL and C1: NUL breaks PostgreSQL (text refuses it), the others are invisible,
// and ESC sequences reach terminals and logs. A block keeps TAB, LF and CR (CR and CRLF are
// stored as LF); a line keeps none of them.
const CONTROLS: Record<TextKind, readonly Range[]> = {
  line: [
    [0x00, 0x1f],
    [0x7f, 0x9f],
  ],
  block: [
    [0x00, 0x08],
    [0x0b, 0x0c],
    [0x0e, 0x1f],
    [0x7f, 0x9f],
  ],
};
// LINE and PARAGRAPH SEPARATOR: line breaks that most displays ignore and JavaScript reads as one.
const SEPARATORS: readonly Range[] = [[0x2028, 0x2029]];
// Embeddings, overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI): they reorder what
// is displayed after them ("Trojan Source"), and an unclosed one leaks into the page that shows
// the field. Screens isolate every field themselves (@ghorfa/i18n `isolate`). The marks LRM, RLM
// and ALM are kept: they only set the direction of neutral characters (digits and punctuation
// beside Arabic text), change no order beyond themselves, and count as invisible.
const BIDI_CONTROLS: readonly Range[] = [
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];
// Noncharacters: never to be interchanged (Unicode §23.7); U+FFFE is a byte-swapped BOM.
const NONCHARACTERS: readonly Range[] = [
  [0xfdd0, 0xfdef],
  ...Array.from({ length: 17 }, (_, plane): Range => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff]),
];
const SURROGATES: Range = [0xd800, 0xdfff];

/**
 * Characters that show nothing: Unicode White_Space, Default_Ignorable_Code_Point (zero-width
 * space and joiners, LRM/RLM/ALM, word joiner, BOM, soft hyphen, Hangul fillers, Mongolian
 * vowel separator, variation selectors, tags…) and the blank Braille pattern. A text of these
 * alone is blank; inside a text they are kept (a joiner or a mark may be needed there).
 */
export const INVISIBLE_RANGES: readonly Range[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x1680, 0x1680],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x2800, 0x2800],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

/** The code points a text of `kind` refuses, by the issue code that names them. */
export const REFUSED_RANGES = {
  text_control: (kind: TextKind): readonly Range[] => [...CONTROLS[kind], ...SEPARATORS],
  text_bidi_control: (): readonly Range[] => BIDI_CONTROLS,
  text_unicode: (): readonly Range[] => [SURROGATES, ...NONCHARACTERS],
} as const;

const hex = (code: number) =>
  code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
const classOf = (ranges: readonly Range[]) =>
  ranges.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join("");

// With the `u` flag a surrogate range matches only unpaired surrogates: a pair is one code point.
const FINDERS = {
  line: {
    text_control: new RegExp(`[${classOf(REFUSED_RANGES.text_control("line"))}]`, "u"),
    text_bidi_control: new RegExp(`[${classOf(BIDI_CONTROLS)}]`, "u"),
    text_unicode: new RegExp(`[${classOf(REFUSED_RANGES.text_unicode())}]`, "u"),
  },
  block: {
    text_control: new RegExp(`[${classOf(REFUSED_RANGES.text_control("block"))}]`, "u"),
    text_bidi_control: new RegExp(`[${classOf(BIDI_CONTROLS)}]`, "u"),
    text_unicode: new RegExp(`[${classOf(REFUSED_RANGES.text_unicode())}]`, "u"),
  },
} as const;
const BLANK = new RegExp(`^[${classOf(INVISIBLE_RANGES)}]*$`, "u");

const MESSAGES = {
  text_control: "Expected no control characters (NUL, other C0 and C1 controls, line breaks in a line)",
  text_bidi_control:
    "Expected no bidirectional embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069)",
  text_unicode: "Expected well-formed Unicode text: no unpaired surrogates, no noncharacters",
} as const;
export type TextRefusal = keyof typeof MESSAGES;

/** Why `text` is refused as a text of `kind`, or `undefined` when it may be kept. */
export function textRefusal(text: string, kind: TextKind = "line"): TextRefusal | undefined {
  const finders = FINDERS[kind];
  if (finders.text_control.test(text)) return "text_control";
  if (finders.text_bidi_control.test(text)) return "text_bidi_control";
  if (finders.text_unicode.test(text)) return "text_unicode";
  return undefined;
}

/** Whether `text` shows nothing: only white space and invisible characters (or nothing at all). */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}

/** The stored form: trimmed of white space, NFC, and (in a block) LF for every line end. */
export function normalizeText(text: string, kind: TextKind = "line"): string {
  const trimmed = text.trim().normalize("NFC");
  return kind === "block" ? trimmed.replace(/\r\n?/g, "\n") : trimmed;
}

/** The policy checks of the schemas `textLine`/`textBlock` make, for their JSON Schema (below). */
const policyChecks = new WeakMap<object, TextKind>();

/** The text kind a zod check enforces, when it is this policy's check. */
export function textKindOf(check: z.core.$ZodCheck): TextKind | undefined {
  return policyChecks.get(check);
}

function textOf(kind: TextKind) {
  const schema = z
    .string()
    // One overwrite, still read as `.trim()` by the JSON Schema rewrite (it trims).
    .overwrite((value) => normalizeText(value, kind))
    .check((ctx) => {
      const refusal = textRefusal(ctx.value, kind);
      if (refusal !== undefined) ctx.issues.push(ghorfaRawIssue(refusal, MESSAGES[refusal], ctx.value));
      // "" is too_small (below); a text of invisible characters only is blank.
      else if (ctx.value !== "" && isBlankText(ctx.value)) {
        ctx.issues.push(
          ghorfaRawIssue(
            "text_blank",
            "Expected visible characters, not only spaces or invisible ones",
            ctx.value,
          ),
        );
      }
    });
  const check = schema._zod.def.checks?.at(-1);
  if (check !== undefined) policyChecks.set(check, kind);
  return schema.min(1);
}

/** A line of text people read (a name, a reference, a search): required, visible, one line. */
export const textLine = () => textOf("line");
/** A text of several lines (a description, a summary, a clause): TAB and line breaks kept. */
export const textBlock = () => textOf("block");

// The JSON Schema pattern of the policy. It is written for every regex engine JSON Schema
// validators use, with or without Unicode mode: BMP classes only, and a surrogate pair spelled as
// such, so that a pair always passes and an unpaired surrogate never does. Astral invisible and
// noncharacter code points pass the pattern; the zod schema refuses them.

const BMP = 0x10000;
const bmpClass = (isIn: (code: number) => boolean): string => {
  const ranges: Range[] = [];
  for (let code = 0; code < BMP; code++) {
    if (!isIn(code)) continue;
    const last = ranges.at(-1);
    if (last && last[1] === code - 1) ranges[ranges.length - 1] = [last[0], code];
    else ranges.push([code, code]);
  }
  return classOf(ranges);
};
const inRanges = (ranges: readonly Range[]) => (code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to);

const PAIR = "[\\ud800-\\udbff][\\udc00-\\udfff]";
const patterns = new Map<TextKind, { allowed: string; invisible: string; visible: string }>();

function classesOf(kind: TextKind) {
  let classes = patterns.get(kind);
  if (classes === undefined) {
    const refused = inRanges([
      ...REFUSED_RANGES.text_control(kind),
      ...REFUSED_RANGES.text_bidi_control(),
      ...REFUSED_RANGES.text_unicode(),
    ]);
    const invisible = inRanges(INVISIBLE_RANGES);
    classes = {
      allowed: `(?:[^${bmpClass(refused)}]|${PAIR})`,
      invisible: `[${bmpClass((code) => invisible(code) && !refused(code))}]`,
      visible: `(?:[^${bmpClass((code) => invisible(code) || refused(code))}]|${PAIR})`,
    };
    patterns.set(kind, classes);
  }
  return classes;
}

/**
 * The JSON Schema `pattern` of a text of `kind` at least `min` characters long once trimmed: only
 * allowed characters, a visible one first, and a visible one at least `min - 1` further on. Every
 * repetition is followed by a class it cannot match, so a validator checks it in linear time.
 */
export function textPattern(kind: TextKind, min = 1): string {
  const { allowed, invisible, visible } = classesOf(kind);
  if (min <= 1) return `^${invisible}*${visible}${allowed}*$`;
  const gap = min > 2 ? `${allowed}{${min - 2}}` : "";
  return `^(?=${allowed}*$)${invisible}*${visible}${gap}${allowed}*${visible}`;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ghorfaCodeOf } from "../issues/issue-codes";
import { refuseBlank } from "../json-schema/json-schema-rewrites";
import {
  INVISIBLE_RANGES,
  isBlankText,
  normalizeText,
  type TextKind,
  textBlock,
  textLine,
  textPattern,
  textRefusal,
} from "./text";

const codesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => ghorfaCodeOf(issue) ?? issue.code);
};
const char = (code: number) => String.fromCodePoint(code);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("the text policy", () => {
  it("refuses NUL, every other C0 control, DEL and every C1 control in a line", () => {
    for (const code of [...range(0x00, 0x1f), ...range(0x7f, 0x9f)]) {
      expect(codesOf(textLine(), `a${char(code)}b`), code.toString(16)).toEqual(["text_control"]);
    }
  });

  it("keeps TAB and line breaks in a block, storing CR and CRLF as LF, and refuses the other controls", () => {
    expect(textBlock().parse("one\ttwo\r\nthree\rfour\nfive")).toBe("one\ttwo\nthree\nfour\nfive");
    for (const code of [...range(0x00, 0x08), 0x0b, 0x0c, ...range(0x0e, 0x1f), ...range(0x7f, 0x9f)]) {
      expect(codesOf(textBlock(), `a${char(code)}b`), code.toString(16)).toEqual(["text_control"]);
    }
    expect(codesOf(textLine(), "one\ntwo")).toEqual(["text_control"]);
    expect(codesOf(textLine(), "one\ttwo")).toEqual(["text_control"]);
  });

  it("refuses LINE and PARAGRAPH SEPARATOR in both kinds", () => {
    for (const kind of ["line", "block"] as const) {
      expect(textRefusal("a\u2028b", kind)).toBe("text_control");
      expect(textRefusal("a\u2029b", kind)).toBe("text_control");
    }
  });

  it("refuses bidi embeddings, overrides and isolates, and keeps the marks LRM, RLM and ALM", () => {
    for (const code of [...range(0x202a, 0x202e), ...range(0x2066, 0x2069)]) {
      expect(codesOf(textLine(), `abc${char(code)}def`), code.toString(16)).toEqual(["text_bidi_control"]);
      expect(codesOf(textBlock(), `abc${char(code)}`), code.toString(16)).toEqual(["text_bidi_control"]);
    }
    expect(textLine().parse("شركة\u200e ACME\u200f 2026\u061c")).toBe("شركة\u200e ACME\u200f 2026\u061c");
  });

  it("refuses unpaired surrogates and noncharacters, and keeps surrogate pairs", () => {
    for (const text of [
      "a\ud800",
      "\udc00b",
      "a\udbff\ud800b",
      "\ufffe",
      "\uffff",
      "\ufdd0",
      "\u{1fffe}",
      "\u{10ffff}",
    ]) {
      expect(codesOf(textLine(), text), JSON.stringify(text)).toEqual(["text_unicode"]);
    }
    expect(textLine().parse("ⵜⴰⵎⵙⵙⵓⴷⵙⵜ 😀 𝔸")).toBe("ⵜⴰⵎⵙⵙⵓⴷⵙⵜ 😀 𝔸");
  });

  it("counts a text of white space and invisible characters only as blank, and refuses it", () => {
    const invisibles = [
      "\u200b",
      "\u2060",
      "\ufeff",
      "\u00ad",
      "\u3164",
      "\u115f",
      "\u1160",
      "\u180e",
      "\u200e",
      "\u200f",
      "\u061c",
      "\u200c",
      "\u200d",
      "\u034f",
      "\ufe0f",
      "\uffa0",
      "\u2800",
      "\u{e0041}",
      "\u00a0",
      "\u3000",
    ];
    for (const invisible of invisibles) {
      // White space is trimmed away first: nothing is left, which is too short rather than blank.
      const expected = invisible.trim() === "" ? "too_small" : "text_blank";
      expect(codesOf(textLine(), invisible), invisible.codePointAt(0)?.toString(16)).toEqual([expected]);
      expect(codesOf(textLine(), ` ${invisible}${invisible} `)).toEqual([expected]);
      expect(textLine().parse(`x${invisible}y`)).toBe(`x${invisible}y`.normalize("NFC"));
    }
    expect(codesOf(textLine(), "   ")).toEqual(["too_small"]);
    expect(codesOf(textBlock(), "\u200b\n\u200b")).toEqual(["text_blank"]);
  });

  it("stores text trimmed and in NFC", () => {
    expect(textLine().parse("  Cafe\u0301 Atlas \n")).toBe("Café Atlas");
    expect(normalizeText("\u0627\u0653")).toBe("\u0622");
  });

  it("calls invisible exactly what Unicode calls White_Space or Default_Ignorable_Code_Point, and U+2800", () => {
    const unicode = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800\ufeff]$/u;
    const listed = (code: number) => INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
    const differ: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (unicode.test(char(code)) !== listed(code)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

// Any text: from the whole of Unicode, with the characters an attacker reaches for made frequent.
const nasty = fc.constantFrom(
  "\u0000",
  "\u0001",
  "\t",
  "\n",
  "\r",
  "\u007f",
  "\u0085",
  "\u200b",
  "\u200e",
  "\u202e",
  "\u2066",
  "\u2028",
  "\ufeff",
  "\ufffe",
  "\ud800",
  "\udfff",
  "\u3164",
  " ",
  "a",
  "ب",
  "ⵣ",
  "😀",
  "e\u0301",
);
const anyText = fc
  .array(fc.oneof(nasty, fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

describe("text accepted by the policy", () => {
  it("round-trips through JSON, is well-formed UTF-16 without NUL (PostgreSQL's text and jsonb take it), and is stored once", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<TextKind>("line", "block"), (raw, kind) => {
        const schema = kind === "line" ? textLine() : textBlock();
        const parsed = schema.safeParse(raw);
        if (!parsed.success) return;
        const text = parsed.data;
        expect(JSON.parse(JSON.stringify(text))).toBe(text);
        // Well-formed UTF-16: every surrogate in a pair (what String#isWellFormed says, ES2024).
        expect(/[\ud800-\udfff]/u.test(text)).toBe(false);
        expect(text.includes("\u0000")).toBe(false);
        expect(isBlankText(text)).toBe(false);
        expect(schema.parse(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("is what its JSON Schema pattern accepts, read with or without Unicode mode, for text in its stored form", () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom<TextKind>("line", "block"),
        fc.integer({ min: 1, max: 4 }),
        (raw, kind, min) => {
          const schema = (kind === "line" ? textLine() : textBlock()).min(min);
          const stored = normalizeText(raw, kind);
          // The pattern cannot see astral invisible characters and noncharacters (see text.ts).
          const astral = [...stored].filter((c) => (c.codePointAt(0) ?? 0) > 0xffff);
          fc.pre(astral.every((c) => !isBlankText(c) && textRefusal(c) === undefined));
          const accepted = schema.safeParse(stored).success;
          // Above one character, the pattern wants two visible ones `min - 1` apart (as `\S…\S` did),
          // where zod counts every character: it is never looser than the schema.
          for (const flags of ["u", ""]) {
            const matches = new RegExp(textPattern(kind, min), flags).test(stored);
            if (min > 1) {
              if (matches) expect(accepted, JSON.stringify(stored)).toBe(true);
              continue;
            }
            expect(matches, `${JSON.stringify(stored)} /${flags}`).toBe(accepted);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reaches JSON Schema through refuseBlank, at the schema's trimmed minimum", () => {
    const json = z.toJSONSchema(
      z.object({ name: textLine().max(9), court: textLine().min(2), text: textBlock() }),
      {
        override: refuseBlank,
      },
    ) as { properties: Record<string, { pattern?: string }> };
    expect(json.properties.name?.pattern).toBe(textPattern("line"));
    expect(json.properties.court?.pattern).toBe(textPattern("line", 2));
    expect(json.properties.text?.pattern).toBe(textPattern("block"));
  });
});

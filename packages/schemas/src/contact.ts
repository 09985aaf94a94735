import * as z from "zod";
import { ghorfaRawIssue } from "./issue-codes";

/** An e-mail address (zod's pragmatic e-mail pattern, not the whole of RFC 5322). */
export const Email = z.email({ message: "Expected an e-mail address" }).max(254);
export type Email = z.infer<typeof Email>;

/** A web address: http or https only, so a `javascript:` link never reaches a page. */
export const WebUrl = z
  .url({ protocol: /^https?$/, message: "Expected an http(s) web address" })
  // The protocol rule, for JSON Schema, whose `uri` format allows any scheme.
  .meta({ pattern: "^https?://" });
export type WebUrl = z.infer<typeof WebUrl>;

/** The E.164 form of a Moroccan fixed line (05…) or mobile (06…, 07…) number. */
export const MOROCCAN_E164 = /^\+212[5-7][0-9]{8}$/;

// Spaces (including no-break ones), dots, dashes and a "(0)" trunk prefix are how people write
// numbers; none of them carries meaning.
const NOISE = /[\s.\-\u00a0\u202f]|\(0\)/g;
const NATIONAL = /^0([5-7]\d{8})$/;
const INTERNATIONAL = /^(?:\+|00)212([5-7]\d{8})$/;

/**
 * The E.164 form (`+212612345678`) of a Moroccan phone number written in any usual way:
 * `06 12 34 56 78`, `0612-345-678`, `+212 6 12 34 56 78`, `00212612345678`, `+212 (0)5 28 …`.
 * `undefined` when it is not a Moroccan fixed line (05) or mobile (06, 07) number.
 */
export function toMoroccanE164(text: string): string | undefined {
  // Most stored and sent numbers are already E.164: skip the clean-up (it is most of the cost).
  if (MOROCCAN_E164.test(text)) return text;
  const compact = text.replace(NOISE, "");
  const subscriber = NATIONAL.exec(compact)?.[1] ?? INTERNATIONAL.exec(compact)?.[1];
  return subscriber === undefined ? undefined : `+212${subscriber}`;
}

/**
 * A Moroccan phone number: any usual written form in, E.164 out. One check validates and rewrites
 * the value in place (as zod's own `overwrite` does), rather than a transform and a pipe, which
 * cost twice as much on every member parsed (bench/member). Its JSON Schema is the E.164 pattern:
 * the canonical form (see the README).
 */
export const MoroccanPhone = z
  .string()
  .check((ctx) => {
    const e164 = toMoroccanE164(ctx.value);
    if (e164 !== undefined) ctx.value = e164;
    else {
      ctx.issues.push(
        ghorfaRawIssue(
          "phone_invalid",
          "Expected a Moroccan fixed (05) or mobile (06, 07) number",
          ctx.value,
        ),
      );
    }
  })
  .meta({ pattern: MOROCCAN_E164.source });
export type MoroccanPhone = z.infer<typeof MoroccanPhone>;

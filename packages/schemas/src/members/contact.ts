import * as z from "zod";
import { ghorfaRawIssue } from "../issues/issue-codes";

// zod's pragmatic e-mail pattern as zod 4.6 writes it, named here because zod is the adopter's
// (a peer dependency): zod 4.5 writes the same rule another way, and the shipped JSON Schema must
// say what every zod of the range checks.
const EMAIL =
  // biome-ignore lint/complexity/noUselessEscapeInRegex: zod's text as written, so the JSON Schema's pattern keeps it
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** An e-mail address (zod's pragmatic e-mail pattern, not the whole of RFC 5322). */
export const Email = z.email({ pattern: EMAIL, message: "Expected an e-mail address" }).max(254);
export type Email = z.infer<typeof Email>;

// An http(s) URI in RFC 3986's characters, as JSON Schema's `uri` format wants it: ASCII only (an
// internationalized domain in its xn-- form), no spaces, well-formed %-escapes, one fragment, the
// scheme in lowercase. The URL parser alone accepts "https://x.ma/a b", "HTTP://x.ma" or
// "https://مثال.ma", which every JSON Schema validator then refuses.
const HTTP_URI =
  /^https?:\/\/(?:(?:[\w\-.~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:\[[0-9A-Fa-f:.]+\]|(?:[\w\-.~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)(?::[0-9]*)?(?:\/(?:[\w\-.~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\?(?:[\w\-.~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[\w\-.~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;
const WEB_URL_MESSAGE = "Expected an http(s) web address";

/** A web address: http or https only, so a `javascript:` link never reaches a page. */
export const WebUrl = z
  .url({ protocol: /^https?$/, message: WEB_URL_MESSAGE })
  .check((ctx) => {
    // Once: the URL parser has already said so when it refused the address.
    if (ctx.issues.length === 0 && !HTTP_URI.test(ctx.value)) {
      ctx.issues.push({ code: "invalid_format", format: "url", input: ctx.value, message: WEB_URL_MESSAGE });
    }
  })
  // The protocol rule, for JSON Schema, whose `uri` format allows any scheme.
  .meta({ pattern: "^https?://" });
export type WebUrl = z.infer<typeof WebUrl>;

/** The E.164 form of a Moroccan fixed line (05…) or mobile (06…, 07…) number. */
export const MOROCCAN_E164 = /^\+212[5-7][0-9]{8}$/;

// Spaces of every kind, dots, dashes, slashes and parentheses are how people write numbers
// ("(+212) 6 61-23-45-67", "06/61/23/45/67"); bidirectional controls come with numbers pasted from
// Arabic text. None of them carries meaning.
const NOISE = /[\s.\-\u2010-\u2015\u2212/()\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NATIONAL = /^0([5-7][0-9]{8})$/;
// The country code with "+", "00" or nothing ("212661234567"), and maybe the trunk 0 that people
// keep after it ("+212 (0)6 61…", "+212 06 61…"): no Moroccan subscriber number starts with 0.
const INTERNATIONAL = /^(?:\+|00)?2120?([5-7][0-9]{8})$/;

/** Western digits for Arabic-Indic (٠-٩) and Persian (۰-۹) ones, as an Arabic keyboard types them. */
const westernDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

/**
 * The E.164 form (`+212612345678`) of a Moroccan phone number written in any usual way:
 * `06 12 34 56 78`, `0612-345-678`, `06.12.34.56.78`, `+212 6 12 34 56 78`, `00212612345678`,
 * `212612345678`, `+212 (0)5 28 …`, `(+212) 6 61-23-45-67`, in Western or Arabic-Indic digits.
 * `undefined` when it is not a Moroccan fixed line (05) or mobile (06, 07) number: the 08
 * non-geographic range (freephone, shared-cost, VoIP services) and foreign numbers are refused,
 * since a member's contact is a Moroccan enterprise's line.
 */
export function toMoroccanE164(text: string): string | undefined {
  if (typeof text !== "string") return undefined;
  // Most stored and sent numbers are already E.164: skip the clean-up (it is most of the cost).
  if (MOROCCAN_E164.test(text)) return text;
  const compact = westernDigits(text).replace(NOISE, "");
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

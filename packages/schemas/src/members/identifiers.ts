import * as z from "zod";
import { type GhorfaIssueCode, ghorfaRawIssue } from "../issues/issue-codes";
import { textLine } from "../text/text";

// Moroccan enterprise identifiers. Patterns use [0-9], not \d, so that the JSON Schema they are
// copied into means the same in engines where \d also matches other scripts' digits.

/** A string matching `pattern`, failing with Ghorfa's `code`; the pattern also reaches JSON Schema. */
function patterned(pattern: RegExp, code: GhorfaIssueCode, message: string) {
  return z
    .string()
    .check((ctx) => {
      if (!pattern.test(ctx.value)) ctx.issues.push(ghorfaRawIssue(code, message, ctx.value));
    })
    .meta({ pattern: pattern.source });
}

const ICE_PATTERN = /^[0-9]{15}$/;

/**
 * The remainder by 97 of a string of ASCII digits, or -1 when it holds anything else. One pass,
 * no BigInt, no regex and no string-to-number conversion (each costs more on every member
 * parsed, see bench/member): the digits are summed in two halves that each stay exact in a double.
 */
function mod97(digits: string): number {
  let high = 0;
  let low = 0;
  const split = digits.length - 7;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    if (i < split) high = (high * 10 + digit) % 97;
    else low = low * 10 + digit;
  }
  return (high * 10_000_000 + low) % 97;
}

/**
 * Whether `value` is a well-formed ICE (Identifiant Commun de l'Entreprise, decree 2-11-63):
 * 15 digits (9 enterprise, 4 establishment, 2 control) whose whole number is divisible by 97.
 * No official text publishes the control rule; real numbers follow it (python-stdnum checks it).
 * Exactly 15 ASCII digits: no spaces, dots or Arabic-Indic digits (an identifier is compared and
 * searched as it is stored, so it has one written form). Never throws, whatever it is given.
 */
export function isValidIce(value: string): boolean {
  return typeof value === "string" && value.length === 15 && mod97(value) === 0;
}

/** The 15-digit ICE that ends the 13 digits `first13` with their control pair. */
export function completeIce(first13: string): string {
  if (!/^[0-9]{13}$/.test(first13)) throw new RangeError(`Expected 13 digits, got "${first13}"`);
  return first13 + String((97 - mod97(`${first13}00`)) % 97).padStart(2, "0");
}

/** An ICE; a wrong length or a non-digit is `ice_format`, a wrong control pair `ice_checksum`. */
export const Ice = z
  .string()
  .check((ctx) => {
    const rest = ctx.value.length === 15 ? mod97(ctx.value) : -1;
    if (rest === -1) ctx.issues.push(ghorfaRawIssue("ice_format", "Expected an ICE of 15 digits", ctx.value));
    else if (rest !== 0) {
      ctx.issues.push(ghorfaRawIssue("ice_checksum", "This ICE's control digits are wrong", ctx.value));
    }
  })
  .meta({ pattern: ICE_PATTERN.source });
export type Ice = z.infer<typeof Ice>;

/**
 * A registre de commerce entry. Numbers are unique only within one court (a commercial court,
 * or the first-instance court that keeps the register where there is none), so both are kept.
 */
export const RegistreCommerce = z.object({
  court: textLine().min(2).max(80),
  number: patterned(/^[0-9]{1,7}$/, "rc_number_format", "Expected an RC number of 1 to 7 digits"),
});
export type RegistreCommerce = z.infer<typeof RegistreCommerce>;

/** Identifiant fiscal (DGI): 7 digits for older enterprises, 8 since. Not the ICE. */
export const IdentifiantFiscal = patterned(/^[0-9]{7,8}$/, "if_format", "Expected an IF of 7 or 8 digits");
export type IdentifiantFiscal = z.infer<typeof IdentifiantFiscal>;

/** Taxe professionnelle (ex-patente) number: 7 or 8 digits. */
export const TaxeProfessionnelle = patterned(
  /^[0-9]{7,8}$/,
  "tp_format",
  "Expected a taxe professionnelle number of 7 or 8 digits",
);
export type TaxeProfessionnelle = z.infer<typeof TaxeProfessionnelle>;

/** CNSS employer affiliation number: 7 digits. */
export const Cnss = patterned(/^[0-9]{7}$/, "cnss_format", "Expected a CNSS affiliation number of 7 digits");
export type Cnss = z.infer<typeof Cnss>;

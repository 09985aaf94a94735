import { fallbackChain } from "./fallback";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locale";

// Moroccan Tamazight varieties and the collective code all read the standard written in Tifinagh.
const TAMAZIGHT = new Set(["zgh", "tzm", "ber", "shi", "rif"]);

/** The supported locale for one language tag (`ar-EG`, `fr_FR`, `ary`, `tzm-Tfng`), if any. */
function localeOfTag(tag: string): Locale | undefined {
  const language = tag.split(/[-_]/)[0] ?? "";
  if (language === "ar" || language === "ary") return "ar-MA";
  if (language === "fr") return "fr-MA";
  if (language === "en") return "en";
  if (TAMAZIGHT.has(language)) return "zgh";
  return undefined;
}

interface Range {
  tag: string;
  q: number;
}

const QUALITY = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

function parseRanges(header: string): Range[] {
  const ranges: Range[] = [];
  for (const item of header.split(",")) {
    const [rawTag = "", ...params] = item.split(";").map((part) => part.trim().toLowerCase());
    if (rawTag === "") continue;
    let q = 1;
    const quality = params.find((param) => param.startsWith("q="));
    if (quality !== undefined) {
      if (!QUALITY.test(quality.replace(/\s/g, ""))) continue; // malformed: ignore the range, not the header
      q = Number(quality.replace(/\s/g, "").slice(2));
    }
    ranges.push({ tag: rawTag, q });
  }
  return ranges;
}

/**
 * Whether a range refused with q=0 refuses `locale`: a bare language ("fr", "tzm") refuses every
 * tag of it, a longer range only itself ("fr-FR;q=0" does not refuse fr-MA), "*" none by itself.
 */
function refuses(range: string, locale: Locale): boolean {
  if (localeOfTag(range) !== locale) return false;
  return !/[-_]/.test(range) || range.replace(/_/g, "-") === locale.toLowerCase();
}

/**
 * The locale to answer in, from an HTTP Accept-Language header (RFC 9110 §12.5.4, with q-values) or
 * a single tag. `ar`, `ar-*` and Darija `ary` → ar-MA; `fr-*` → fr-MA; `en-*` → en; `zgh`, `tzm`,
 * `ber`, `shi`, `rif` → zgh; `*` → the first supported locale the header does not refuse with q=0.
 * Ranges are tried by decreasing q, ties in header order. Nothing usable → ar-MA, or the first
 * locale of its fallback chain the header does not refuse. Never throws: a malformed range is
 * skipped, and anything but a string (or the string array some servers give) is no header.
 */
export function resolveLocale(header: string | readonly string[] | null | undefined): Locale {
  const text = typeof header === "string" ? header : Array.isArray(header) ? header.join(",") : "";
  const ranges = parseRanges(text);
  const refusedRanges = ranges.filter((range) => range.q === 0).map((range) => range.tag);
  const isRefused = (locale: Locale) => refusedRanges.some((range) => refuses(range, locale));
  const wanted = ranges.filter((range) => range.q > 0).sort((a, b) => b.q - a.q); // stable: ties keep order
  for (const range of wanted) {
    const locale =
      range.tag === "*" ? LOCALES.find((candidate) => !isRefused(candidate)) : localeOfTag(range.tag);
    if (locale !== undefined && !isRefused(locale)) return locale;
  }
  return fallbackChain(DEFAULT_LOCALE).find((locale) => !isRefused(locale)) ?? DEFAULT_LOCALE;
}

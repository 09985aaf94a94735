/** The encodings an old ERP's export comes in. */
export const ENCODINGS = ["utf8", "windows-1256", "windows-1252"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Whether `bytes` are valid UTF-8; a sequence cut at the sample's end counts as valid. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a file from its first bytes: valid UTF-8 is UTF-8; otherwise Windows-1256 when
 * the bytes it reads as Arabic letters (0xC1–0xFE but for the few Latin ones it keeps) outnumber
 * the other high bytes, else Windows-1252. A French file in 1256 reads wrong only in its accented
 * letters, so a file mostly Arabic is the only case where 1256 is the right guess.
 */
export function detectEncoding(sample: Uint8Array): Encoding {
  if (isUtf8(sample)) return "utf8";
  // Windows-1256 keeps Latin letters at these positions (à â ç è é ê ë î ï ô ù û ü).
  const latinIn1256 = new Set([0xe0, 0xe2, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xee, 0xef, 0xf4, 0xf9, 0xfb, 0xfc]);
  let arabic = 0;
  let other = 0;
  for (const byte of sample) {
    if (byte < 0x80) continue;
    if (byte >= 0xc1 && byte <= 0xfe && !latinIn1256.has(byte)) arabic++;
    else other++;
  }
  return arabic > other ? "windows-1256" : "windows-1252";
}

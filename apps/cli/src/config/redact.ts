/**
 * A text with every occurrence of the secrets replaced, for anything printed or logged: an error
 * from a library may quote a header or a URL that carries the key.
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("[redacted]");
  }
  // A bearer token of any origin, even one this process was not told about.
  return out.replace(/(Bearer\s+)[^\s"',]+/gi, "$1[redacted]");
}

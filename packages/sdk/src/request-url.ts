/**
 * URLs from route paths. A path template is split once, when the client is made, so a call
 * only joins strings: the SDK's cost per request has to stay near raw `fetch`.
 */
export type PathFiller = (values: readonly unknown[]) => string;

/** Fills the parameters of `template` with `values`, in path order (extra values are not read). */
export function compilePath(template: string): PathFiller {
  // Even indexes are literal text, odd ones are parameter names.
  const parts = template.split(/\{(\w+)\}/);
  return (values) => {
    let out = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2) {
      const value = values[(i - 1) / 2];
      if (value == null || value === "") throw new TypeError(`${template} needs ${parts[i]}`);
      out += encodeURIComponent(String(value)) + parts[i + 1];
    }
    return out;
  };
}

/** `?a=1&b=x` for the defined values of `query` (arrays repeat their key), or "" when none. */
export function queryString(query: Readonly<Record<string, unknown>> | undefined): string {
  let out = "";
  for (const key in query) {
    const values = query[key];
    // Not `[values].flat()`: flat is generic and slow, and this runs on every list call.
    for (const value of Array.isArray(values) ? values : [values]) {
      if (value != null) out += `&${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
    }
  }
  return out && `?${out.slice(1)}`;
}

/** The base URL without a trailing slash, so paths (which start with one) join cleanly. */
export function normalizeBaseUrl(baseUrl: string | URL): string {
  const text = String(baseUrl);
  if (!/^https?:\/\//i.test(text)) throw new TypeError(`Not an http(s) URL: ${text}`);
  return text.replace(/\/+$/, "");
}

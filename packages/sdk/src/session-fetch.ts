/** A `fetch` that keeps the cookies its answers set (see `sessionFetch`). */
export interface SessionFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The cookies kept for an origin, by name. */
  cookies(origin: string): ReadonlyMap<string, string>;
  clear(): void;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A `fetch` that keeps the session cookie outside a browser and sends the node's `Origin` with
 * writes: give it to `createClient` as `fetch`, without `apiKey`. One per person (see the README).
 */
// Cookies are kept per origin, in memory; `Max-Age=0` (sign-out) forgets one, and no other
// attribute is read: a jar for one person talking to nodes it trusts, not a browser's.
export function sessionFetch(options: { fetch?: typeof globalThis.fetch | undefined } = {}): SessionFetch {
  const base = options.fetch ?? ((input, init) => fetch(input, init));
  const jars = new Map<string, Map<string, string>>();
  const jarOf = (origin: string) => {
    const jar = jars.get(origin) ?? new Map<string, string>();
    jars.set(origin, jar);
    return jar;
  };

  const send = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const origin = new URL(request.url).origin;
    const jar = jarOf(origin);
    if (jar.size > 0) {
      const sent = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
      const own = request.headers.get("cookie");
      request.headers.set("cookie", own ? `${own}; ${sent}` : sent);
    }
    if (!SAFE_METHODS.has(request.method) && !request.headers.has("origin"))
      request.headers.set("origin", origin);
    const response = await base(request);
    for (const line of setCookiesOf(response.headers)) keep(jar, line);
    return response;
  };
  return Object.assign(send, {
    cookies: (origin: string) => new Map(jars.get(new URL(origin).origin)),
    clear: () => jars.clear(),
  });
}

function setCookiesOf(headers: Headers): string[] {
  if (typeof headers.getSetCookie === "function") return headers.getSetCookie();
  const joined = headers.get("set-cookie");
  return joined ? [joined] : [];
}

function keep(jar: Map<string, string>, line: string): void {
  const [pair = "", ...attributes] = line.split(";");
  const at = pair.indexOf("=");
  if (at <= 0) return;
  const name = pair.slice(0, at).trim();
  const value = pair.slice(at + 1).trim();
  const maxAge = attributes
    .map((attribute) => attribute.trim().split("="))
    .find(([key]) => key?.toLowerCase() === "max-age")?.[1];
  if (value === "" || (maxAge !== undefined && Number(maxAge) <= 0)) jar.delete(name);
  else jar.set(name, value);
}

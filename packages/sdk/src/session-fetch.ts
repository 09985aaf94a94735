/** A `fetch` that keeps the cookies its answers set, as a browser does (see `sessionFetch`). */
export interface SessionFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The cookies kept for an origin (`https://node.example`), by name. */
  cookies(origin: string): ReadonlyMap<string, string>;
  /** Forgets every cookie kept. */
  clear(): void;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A `fetch` for runtimes without a browser's cookie store (Node, Deno, Bun, a server-side
 * renderer): it keeps the cookies each origin's answers set (the node's `ghorfa_session`), sends
 * them back to that origin, and gives requests that change something an `Origin` naming the
 * origin they go to, as a browser on the node's own pages would (the node refuses a write its
 * session cookie authenticates without one). Give it as `fetch` to `createClient`, with no
 * `apiKey`: a key wins over the cookie. Cookies are kept per origin, in memory, for this
 * function only; `Max-Age=0` (sign-out) forgets one. Attributes other than Max-Age are not read:
 * use one `sessionFetch` per person and per node you trust.
 */
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

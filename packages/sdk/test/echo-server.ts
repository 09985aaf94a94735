import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** What the echo server saw of a request; it answers with exactly this, as JSON. */
export interface Echo {
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface EchoServer {
  readonly url: string;
  readonly seen: Echo[];
  close(): Promise<void>;
}

/**
 * A real HTTP server that answers every request with what it received (and an ETag and a
 * request id), for tests of what the client sends: URLs, headers, bodies. Test code only.
 */
export async function startEchoServer(): Promise<EchoServer> {
  const seen: Echo[] = [];
  let count = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://echo");
      const query: Record<string, string[]> = {};
      for (const [key, value] of url.searchParams) query[key] = [...(query[key] ?? []), value];
      const text = Buffer.concat(chunks).toString("utf8");
      const echo: Echo = {
        method: req.method ?? "",
        path: url.pathname,
        query,
        headers: req.headers,
        body: text === "" ? undefined : JSON.parse(text),
      };
      seen.push(echo);
      count++;
      const status = Number(req.headers["x-echo-status"] ?? 200);
      res.writeHead(status, {
        "content-type": "application/json",
        etag: `"${count}"`,
        "x-request-id": `echo-${count}`,
      });
      res.end(status === 204 ? undefined : JSON.stringify(echo));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    // Kept-alive connections are closed with the server: Deno's node:http waits for them otherwise,
    // and a client's pooled connection can outlive the test file.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

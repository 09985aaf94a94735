/**
 * A broken variant of the reference node: the real node (apps/server, started in process by
 * `startNode()`) seen through a small HTTP proxy that forwards everything faithfully but one fault.
 *
 * Why a proxy rather than flags in the server: the kit and its self-test never touch apps/server's
 * code. A flag that breaks the node would be reference-node code that only tests need, it would
 * ship in every chamber's node, and a chamber could switch it on by mistake. A faulty middlebox on
 * the network is also what a chamber may really run behind (a cache that ignores Authorization, a
 * gateway that rewrites content types), and the kit sees a node only through HTTP anyway: to the kit
 * the reference node behind a faulty proxy IS a faulty node.
 *
 * Bodies are buffered both ways (they are small), so that a fault can read and rewrite them; the
 * proxy asks the node for uncompressed answers so that every body it reads is plain JSON.
 */
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { FAULTS, type Fault, type Forward, type Incoming, type Upstream } from "./faults";

export { FAULT_NAMES, FAULTS, type Fault } from "./faults";

export interface BrokenProxy {
  /** The proxy's origin: give it to the kit as the node's base URL. */
  readonly url: string;
  readonly fault: Fault | "none";
  close(): Promise<void>;
}

export interface ProxyOptions {
  /** The real node's origin. */
  readonly target: string;
  /** The node's operator key: some faults mint keys of a path's chamber with it. */
  readonly operatorKey: string;
  readonly fault: Fault | "none";
}

/** Headers of one hop only, never forwarded (RFC 9110 §7.6.1), and the length a rewrite changes. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "content-length",
]);

export async function startProxy(options: ProxyOptions): Promise<BrokenProxy> {
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true });

  const forward: Forward = (incoming) =>
    new Promise<Upstream>((resolve, reject) => {
      const headers: Record<string, string> = { ...incoming.headers };
      // Rewriting a body needs it uncompressed.
      delete headers["accept-encoding"];
      if (incoming.body.length > 0) headers["content-length"] = String(incoming.body.length);
      const outgoing = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.path,
          headers,
          agent,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("error", reject);
          answer.on("end", () =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: singleHeaders(answer.headers),
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      outgoing.on("error", reject);
      outgoing.end(incoming.body);
    });

  const handle =
    options.fault === "none"
      ? forward
      : FAULTS[options.fault].make({ forward, operatorKey: options.operatorKey });

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers = singleHeaders(request.headers);
      for (const name of HOP_BY_HOP) delete headers[name];
      const incoming: Incoming = {
        method: request.method ?? "GET",
        path: request.url ?? "/",
        headers,
        body: Buffer.concat(chunks),
      };
      handle(incoming).then(
        (upstream) => {
          const out: Record<string, string> = {};
          for (const [name, value] of Object.entries(upstream.headers))
            if (!HOP_BY_HOP.has(name)) out[name] = value;
          const hasBody = upstream.status !== 204 && upstream.status !== 304;
          if (hasBody) out["content-length"] = String(upstream.body.length);
          response.writeHead(upstream.status, out);
          response.end(hasBody ? upstream.body : undefined);
        },
        (error: unknown) => {
          // The node did not answer: a gateway says so rather than hanging the kit.
          response.writeHead(502, { "content-type": "text/plain" });
          response.end(error instanceof Error ? error.message : String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    fault: options.fault,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      agent.destroy();
    },
  };
}

/** Headers by lower-case name, a repeated one joined (set-cookie aside, none of the contract's repeats). */
function singleHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

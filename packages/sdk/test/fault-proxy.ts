import { createServer, request as forward, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * What the proxy does to one request:
 * - `pass`: forward it and relay the answer;
 * - `status`: answer it itself, without forwarding (a 503 from a load balancer, a 429);
 * - `reset`: reset the client's connection without forwarding (the node never saw it);
 * - `reset-after-forward`: forward it, let the node answer in full, then reset the client's
 *   connection before relaying a byte (the node did the work, the client never heard);
 * - `delay`: forward it, and relay the answer `ms` later;
 * - `cut-body`: forward it, relay the status, the headers and half the body, then reset the
 *   client's connection (the answer broke off halfway);
 * - `stall-body`: forward it, relay the status, the headers and half the body at once, and the
 *   rest `ms` later (an answer that stalls after its headers).
 */
export type Fault =
  | { kind: "pass" }
  | { kind: "status"; status: number; headers?: Record<string, string>; body?: string }
  | { kind: "reset" }
  | { kind: "reset-after-forward" }
  | { kind: "delay"; ms: number }
  | { kind: "cut-body" }
  | { kind: "stall-body"; ms: number };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  fault: Fault["kind"];
  /** The status the client got, when it got one. */
  status?: number;
}

interface Rule {
  fault: Fault;
  matches: (method: string, path: string) => boolean;
}

export interface FaultProxy {
  readonly url: string;
  /** Everything that reached the proxy, in arrival order. */
  readonly requests: RecordedRequest[];
  /**
   * Queues faults for the next requests whose method and path match (all when no filter is
   * given); each fault is used once, in order, and unmatched requests pass.
   */
  inject(faults: Fault | Fault[], filter?: { method?: string; path?: string | RegExp }): void;
  /** Forgets queued faults and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

interface Upstream {
  status: number;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

function send(target: URL, req: IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host, connection: "close" },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    upstream.on("error", reject);
    upstream.end(body);
  });
}

/** Writes the upstream status and headers, for a body sent in one piece. */
function relayHead(res: ServerResponse, answer: Upstream): void {
  const headers = { ...answer.headers };
  delete headers["transfer-encoding"];
  delete headers.connection;
  headers["content-length"] = String(answer.body.length);
  res.writeHead(answer.status, headers);
}

/** A proxy in front of `target` that injects faults into chosen requests. Test code only. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  const rules: Rule[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const takeFault = (method: string, path: string): Fault => {
    const index = rules.findIndex((rule) => rule.matches(method, path));
    if (index === -1) return { kind: "pass" };
    const [rule] = rules.splice(index, 1);
    return (rule as Rule).fault;
  };

  const server = createServer(async (req, res) => {
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    const fault = takeFault(method, path);
    const record: RecordedRequest = { method, path, headers: req.headers, fault: fault.kind };
    requests.push(record);
    try {
      const body = await readBody(req);
      if (fault.kind === "reset") {
        req.socket.resetAndDestroy();
        return;
      }
      if (fault.kind === "status") {
        record.status = fault.status;
        res.writeHead(fault.status, { "content-type": "text/plain", ...fault.headers });
        res.end(fault.body ?? "");
        return;
      }
      const answer = await send(targetUrl, req, body);
      if (fault.kind === "reset-after-forward") {
        req.socket.resetAndDestroy();
        return;
      }
      const wait = (ms: number) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, ms);
          timers.add(timer);
        });
      if (fault.kind === "delay") {
        await wait(fault.ms);
        if (req.socket.destroyed) return;
      }
      record.status = answer.status;
      relayHead(res, answer);
      const half = answer.body.length >> 1;
      if (fault.kind === "cut-body") {
        res.write(answer.body.subarray(0, half), () => req.socket.resetAndDestroy());
        return;
      }
      if (fault.kind === "stall-body") {
        res.write(answer.body.subarray(0, half));
        await wait(fault.ms);
        if (req.socket.destroyed) return;
        res.end(answer.body.subarray(half));
        return;
      }
      res.end(answer.body);
    } catch {
      if (!res.headersSent && !req.socket.destroyed) {
        res.writeHead(502);
        res.end();
      }
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // A reset client connection raises ECONNRESET here; it is the point, not a failure.
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inject(faults, filter = {}) {
      const matches = (method: string, path: string) =>
        (filter.method === undefined || filter.method === method) &&
        (filter.path === undefined ||
          (typeof filter.path === "string" ? path.split("?")[0] === filter.path : filter.path.test(path)));
      for (const fault of Array.isArray(faults) ? faults : [faults]) rules.push({ fault, matches });
    },
    reset() {
      rules.length = 0;
      requests.length = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

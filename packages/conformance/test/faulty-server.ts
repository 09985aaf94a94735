import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** What the server gets wrong, one fault at a time; `none` is a server that keeps its document. */
export type Fault =
  | "none"
  | "server-error"
  | "undocumented-status"
  | "body-off-schema"
  | "wrong-content-type"
  | "refuses-valid"
  | "accepts-invalid"
  | "replay-not-idempotent"
  | "missing-header"
  | "dies";

const problem = { $ref: "#/components/schemas/Problem" };
const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problem } },
});

/** A small API in OpenAPI 3.1: things, created and read back. */
export const document = {
  openapi: "3.1.0",
  info: { title: "things", version: "1" },
  paths: {
    "/health": {
      get: {
        operationId: "health",
        responses: {
          200: { description: "up", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    },
    "/things": {
      post: {
        operationId: "things.create",
        parameters: [
          { name: "Idempotency-Key", in: "header", schema: { type: "string", pattern: "^[\\x21-\\x7E]+$" } },
        ],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/ThingInput" } } },
        },
        responses: {
          201: {
            description: "made",
            headers: { Location: { required: true, schema: { type: "string" } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          400: problemResponse("invalid"),
        },
      },
    },
    "/things/{thingId}": {
      get: {
        operationId: "things.get",
        parameters: [
          { name: "thingId", in: "path", required: true, schema: { $ref: "#/components/schemas/ThingId" } },
        ],
        responses: {
          200: {
            description: "the thing",
            headers: { ETag: { required: true, schema: { type: "string", pattern: '^"[0-9]+"$' } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          400: problemResponse("invalid"),
          404: problemResponse("no such thing"),
        },
      },
    },
  },
  components: {
    schemas: {
      ThingId: { type: "string", pattern: "^thg_[0-9]{1,6}$" },
      ThingFields: {
        type: "object",
        properties: {
          name: { type: "string", pattern: "^[a-z]{1,8}$" },
          count: { type: "integer", minimum: 0, maximum: 10 },
          kind: { enum: ["a", "b"] },
          note: { type: "string", maxLength: 5 },
        },
        required: ["name", "count", "kind"],
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else, never awaited
        allOf: [{ if: { properties: { kind: { const: "b" } } }, then: { required: ["note"] } }],
      },
      ThingInput: { allOf: [{ $ref: "#/components/schemas/ThingFields" }], unevaluatedProperties: false },
      Thing: {
        allOf: [{ $ref: "#/components/schemas/ThingFields" }],
        type: "object",
        properties: { id: { $ref: "#/components/schemas/ThingId" } },
        required: ["id"],
        unevaluatedProperties: false,
      },
      Problem: {
        type: "object",
        properties: { type: { type: "string" }, title: { type: "string" }, status: { type: "integer" } },
        required: ["type", "title", "status"],
      },
    },
  },
};

function isValidInput(body: unknown): boolean {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return false;
  const { name, count, kind, note, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  if (typeof name !== "string" || !/^[a-z]{1,8}$/.test(name)) return false;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > 10) return false;
  if (kind !== "a" && kind !== "b") return false;
  if (note !== undefined && (typeof note !== "string" || [...note].length > 5)) return false;
  return kind === "a" || note !== undefined;
}

/** The API above, served on a local port, with `fault` in it. */
export async function startFaultyServer(fault: Fault): Promise<{ url: string; close(): Promise<void> }> {
  const things = new Map<string, Record<string, unknown>>();
  const replies = new Map<string, { status: number; body: string; location: string }>();
  let served = 0;
  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    type = "application/json",
    headers = {},
  ) => {
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };
  const refuse = (res: ServerResponse, status: number, title: string) =>
    send(
      res,
      status,
      { type: `https://things.invalid/${status}`, title, status },
      "application/problem+json",
    );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    served++;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/openapi.json") return send(res, 200, document);
    if (fault === "dies" && served > 40) return refuse(res, 503, "gone");
    if (req.method === "GET" && url.pathname === "/health") return send(res, 200, {});
    if (req.method === "POST" && url.pathname === "/things") {
      let text = "";
      for await (const chunk of req) text += chunk;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return refuse(res, 400, "not JSON");
      }
      if (fault === "server-error") return refuse(res, 500, "oops");
      if (fault === "refuses-valid") return refuse(res, 400, "no");
      if (fault !== "accepts-invalid" && !isValidInput(body)) return refuse(res, 400, "invalid");
      const key = req.headers["idempotency-key"];
      const previous =
        typeof key === "string" && fault !== "replay-not-idempotent" ? replies.get(key) : undefined;
      if (previous) {
        res.writeHead(previous.status, { "content-type": "application/json", location: previous.location });
        return void res.end(previous.body);
      }
      const id = `thg_${things.size + 1}`;
      const thing = { ...(body as Record<string, unknown>), id };
      things.set(id, thing);
      const location = `/things/${id}`;
      if (typeof key === "string") replies.set(key, { status: 201, body: JSON.stringify(thing), location });
      return send(res, 201, thing, "application/json", { location });
    }
    const match = /^\/things\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && match) {
      const id = decodeURIComponent(match[1] as string);
      if (!/^thg_[0-9]{1,6}$/.test(id)) return refuse(res, 400, "invalid id");
      const thing = things.get(id);
      if (!thing)
        return fault === "undocumented-status" ? refuse(res, 418, "teapot") : refuse(res, 404, "none");
      if (fault === "wrong-content-type") return send(res, 200, thing, "text/plain");
      if (fault === "body-off-schema")
        return send(res, 200, { ...thing, count: String(thing.count) }, "application/json", { etag: '"1"' });
      if (fault === "missing-header") return send(res, 200, thing);
      return send(res, 200, thing, "application/json", { etag: '"1"' });
    }
    return refuse(res, 404, "no route");
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => refuse(res, 500, "crash"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

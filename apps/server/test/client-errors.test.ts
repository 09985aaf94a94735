import { maxHeaderSize } from "node:http";
import { connect } from "node:net";
import { Duplex } from "node:stream";
import { Problem, problemUri } from "@ghorfa/contract";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientErrorHandler } from "../src/http/client-error";
import { problemTitle } from "../src/http/problem-text";
import { memberInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";

// Answers that Node's HTTP server or fastify would make on their own, outside the pipeline: over a
// real socket, since `inject` never goes through Node's parser.
let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  port = (t.app.server.address() as { port: number }).port;
});
afterAll(() => t.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Parses the first HTTP/1.1 response in `bytes`, and says where the next one starts. */
function parseAnswer(bytes: Buffer): RawAnswer & { rest: Buffer } {
  const end = bytes.indexOf("\r\n\r\n");
  const [statusLine = "", ...lines] = bytes.subarray(0, end).toString("latin1").split("\r\n");
  const headers = Object.fromEntries(
    lines.map((line) => [
      line.slice(0, line.indexOf(":")).toLowerCase(),
      line.slice(line.indexOf(":") + 1).trim(),
    ]),
  );
  const length = Number(headers["content-length"] ?? 0);
  const body = bytes.subarray(end + 4, end + 4 + length);
  return { status: Number(statusLine.split(" ")[1]), headers, body, rest: bytes.subarray(end + 4 + length) };
}

/** Writes `request` on a new connection and resolves with everything read until the server closes it. */
function exchange(request: string | Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1" });
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(chunks)));
    socket.write(request);
  });
}

function expectProblem(answer: RawAnswer, locale: "ar-MA" | "fr-MA") {
  expect(answer.status).toBe(400);
  expect(answer.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(answer.headers.connection).toBe("close");
  expect(answer.body.length).toBe(Number(answer.headers["content-length"]));
  const problem = Problem.parse(JSON.parse(answer.body.toString("utf8")));
  expect(problem.type).toBe(problemUri("validation"));
  expect(problem.title).toBe(problemTitle("validation", locale));
  expect(problem.requestId).toBe(answer.headers["x-request-id"]);
  return problem;
}

describe("requests Node's parser refuses", () => {
  it("answers 20 KB of headers with a problem+json pointing at the headers, in the caller's language", async () => {
    const bytes = await exchange(
      `GET /chambers HTTP/1.1\r\nHost: x\r\nAccept-Language: fr-MA\r\nX-Padding: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    const problem = expectProblem(parseAnswer(bytes), "fr-MA");
    expect(problem.errors?.[0]).toMatchObject({ pointer: "/headers", code: "too_big" });
  });

  it("answers a request line that is not HTTP with a problem+json in the default language", async () => {
    const problem = expectProblem(parseAnswer(await exchange("HELLO THERE\r\n\r\n")), "ar-MA");
    expect(problem.errors?.[0]).toMatchObject({ pointer: "/headers", code: "invalid_format" });
    const binary = expectProblem(
      parseAnswer(await exchange(Buffer.from([0, 1, 2, 255, 13, 10, 13, 10]))),
      "ar-MA",
    );
    expect(binary.type).toBe(problemUri("validation"));
  });

  it("answers a request that did not arrive in time (Node's 408) with a problem+json too", async () => {
    const written: Buffer[] = [];
    const socket = new Duplex({
      read() {},
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk);
        done();
      },
    });
    const timeout = Object.assign(new Error("timeout"), { code: "ERR_HTTP_REQUEST_TIMEOUT" });
    clientErrorHandler(pino({ level: "silent" }), maxHeaderSize)(timeout, socket as never);
    await new Promise((resolve) => socket.once("finish", resolve));
    const problem = expectProblem(parseAnswer(Buffer.concat(written)), "ar-MA");
    expect(problem.errors?.[0]?.pointer).toBe("/headers");
  });
});

describe("answers fastify or Node would make on their own", () => {
  it("serves a request with an Expect it does not know, rather than a bare 417", async () => {
    const answer = parseAnswer(
      await exchange(
        "GET /chambers HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\nConnection: close\r\n\r\n",
      ),
    );
    expect(answer.status).toBe(200);
  });

  it("serves a request that arrives on a kept-alive connection while the node closes, rather than a bare 503", async () => {
    const body = JSON.stringify(memberInput(5151));
    const socket = connect({ port, host: "127.0.0.1" });
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    const closed = new Promise((resolve) => socket.on("close", resolve));
    // A request in flight (half its body sent) keeps the connection out of the idle ones closed first.
    socket.write(
      `POST /chambers/ma-09/members HTTP/1.1\r\nHost: x\r\nAuthorization: ${t.keys.soussMassa}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = t.app.close();
    for (let i = 0; i < 200 && t.app.server.listening; i++) await new Promise((r) => setTimeout(r, 10));
    // The rest of the body, and a second request pipelined behind it: routed while fastify closes.
    socket.write(`${body.slice(10)}GET /chambers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    await closed;
    await closing;
    const first = parseAnswer(Buffer.concat(chunks));
    expect(first.status).toBe(201);
    const second = parseAnswer(first.rest);
    expect(second.status).toBe(200);
    expect(second.headers["content-type"]).toMatch(/^application\/json/);
  });
});

import { connect as netConnect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../src/db/testing";
import { memberInput } from "../src/services/test-inputs";
import { startNode } from "./node-process";

// On PostgreSQL the node uses the test file's database; on PGlite, a fresh data folder of its own.
let database: TestDatabase | undefined;
beforeAll(async () => {
  if (process.env.GHORFA_TEST_DATABASE_URL) database = await openTestDatabase();
});
afterAll(() => database?.close());

describe("SIGTERM", () => {
  it("finishes the request in flight, refuses new connections, closes the database and exits 0", async () => {
    const node = await startNode({
      env: {
        GHORFA_ADMIN_KEY: "ghorfa_shutdown-test-operator-key-000000",
        ...(database?.url ? { DATABASE_URL: database.url } : {}),
      },
    });
    const { port, hostname } = new URL(node.url);
    const body = JSON.stringify(memberInput(4242));
    // A slow client: the headers and half the body now, the rest after the signal.
    const socket = netConnect({
      port: Number(port),
      host: hostname === "localhost" ? "127.0.0.1" : hostname,
    });
    await new Promise((resolve) => socket.once("connect", resolve));
    let answer = "";
    socket.on("data", (chunk) => {
      answer += String(chunk);
    });
    socket.write(
      `POST /chambers/ma-09/members HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${node.demoKey}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));

    node.child.kill("SIGTERM");
    await waitFor(() => node.stdout().includes("draining requests in flight"));
    const refused = await fetch(`${node.url}/.well-known/ghorfa`).then(
      (r) => r.status,
      () => "refused",
    );
    expect(refused).toBe("refused");

    socket.write(body.slice(20));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    expect(await node.exited).toBe(0);
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 201 /);
    expect(node.stdout()).toContain('"msg":"stopped"');
  }, 180_000);
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!condition()) throw new Error("Timed out waiting");
}

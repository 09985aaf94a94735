import { fileURLToPath } from "node:url";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { runScript } from "@ghorfa/testing/run-script";
import { afterAll, beforeAll, expect, it } from "vitest";
import type * as Sdk from "../src/index";

// The published builds (turbo builds the package before its tests), against a real node.
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(() => node?.close());

// The same calls in plain JavaScript, for a process of its own.
const EXERCISE = `async (sdk, url, key) => {
  const client = sdk.createClient({ baseUrl: url, apiKey: key, validateResponses: true });
  const info = await client.node.info();
  const page = await client.chamber("ma-09").members.list({ limit: 5 });
  const missing = await client.chamber("ma-09").members.get("mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D").catch((e) => e);
  return { chambers: info.chambers, count: page.items.length, isNotFound: missing instanceof sdk.NotFoundError };
}`;

async function exercise(sdk: typeof Sdk) {
  const client = sdk.createClient({ baseUrl: node.url, apiKey: key, validateResponses: true });
  const info = await client.node.info();
  const page = await client.chamber("ma-09").members.list({ limit: 5 });
  const missing = await client
    .chamber("ma-09")
    .members.get("mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D")
    .catch((error: unknown) => error);
  return {
    chambers: info.chambers,
    count: page.items.length,
    isNotFound: missing instanceof sdk.NotFoundError,
  };
}

it("works from the CommonJS build, ky included, in a plain process of the tests' runtime", async () => {
  // A process of its own: vitest's workers resolve workspace packages to their TypeScript sources.
  const script = `(${EXERCISE})(require("./dist/index.cjs"), process.argv[2], process.argv[3])
    .then((result) => console.log(JSON.stringify(result)))`;
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  const stdout = await runScript(script, { cwd, type: "commonjs", args: [node.url, key] });
  expect(JSON.parse(stdout)).toEqual({ chambers: ["ma-06", "ma-09"], count: 5, isNotFound: true });
});

it("works from the ES module build", async () => {
  // A specifier the compiler does not follow: the typecheck must not read dist/, which a build
  // running beside it (turbo runs both at once) may be rewriting; the sources' types stand for it.
  const entry = new URL("../dist/index.js", import.meta.url).href;
  const sdk = (await import(entry)) as typeof Sdk;
  expect(await exercise(sdk)).toEqual({ chambers: ["ma-06", "ma-09"], count: 5, isNotFound: true });
});

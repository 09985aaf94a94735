import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@ghorfa/sdk";
import { newMember } from "@ghorfa/testing/inputs";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

let node: TestNode;
let key: string;
const dir = mkdtempSync(join(tmpdir(), "ghorfa-federation-"));
const marker = `Fédé${Date.now()}`;
// A port nothing listens on: the node that cannot be reached.
const CLOSED = "http://127.0.0.1:9";

beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
  const ccis = createClient({ baseUrl: node.url, apiKey: key }).chamber("ma-09");
  for (const i of [1, 2]) await ccis.members.create(newMember({ legalName: `Membre ${marker} ${i}` }));
});
afterAll(() => node?.close());

function federationFile(nodes: unknown[]): string {
  const file = join(dir, `nodes-${nodes.length}-${Math.random()}.json`);
  writeFileSync(file, JSON.stringify({ nodes }));
  return file;
}

describe("ghorfa federation members", () => {
  it("prints the members found on the node that answered and names the one that did not (exit 1)", async () => {
    const config = federationFile([{ url: node.url, apiKeyEnv: "NODE_KEY" }, CLOSED]);
    const result = await runCli(
      ["federation", "members", "--q", marker, "--config", config, "--locale", "en", "--timeout", "2000"],
      { NODE_KEY: key },
    );
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\r\n");
    expect(lines[0]).toBe("id,chamberId,legalName,section,status,activity");
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",")[2])
        .sort(),
    ).toEqual([`Membre ${marker} 1`, `Membre ${marker} 2`]);
    // The count comes isolated (FSI…PDI), as every value of a message.
    expect(result.stderr.replace(/[\u2066-\u2069]/g, "")).toContain("1 node did not answer");
    expect(result.stderr).toContain(CLOSED);
    expect(result.stderr).not.toContain(node.url);
    expect(result.stderr).not.toContain(key);
  });

  it("exits 0 when every node answered, and 4 when none did", async () => {
    const ok = await runCli(
      ["federation", "members", "--q", marker, "--json", "--config", federationFile([node.url])],
      {
        GHORFA_API_KEY: key,
      },
    );
    expect(ok.code).toBe(0);
    expect(
      ok.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).chamberId),
    ).toEqual(["ma-09", "ma-09"]);
    const none = await runCli([
      "federation",
      "members",
      "--config",
      federationFile([CLOSED]),
      "--timeout",
      "1000",
    ]);
    expect(none.code).toBe(4);
  });

  it("says the file is wrong (exit 3)", async () => {
    const result = await runCli(["federation", "members", "--config", federationFile([]), "--locale", "en"]);
    expect(result.code).toBe(3);
  });
});

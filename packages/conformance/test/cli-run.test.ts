import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_FILES, REQUIREMENT_IDS } from "../src/index";

// `ghorfa-conformance` as a chamber runs it: keys in the environment, against a real node.
const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(() => node?.close());

async function ghorfaConformance(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", cli, ...args],
      {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("ghorfa-conformance", () => {
  it("exits 0 when every MUST it was asked to check holds, with the keys from the environment and none in its output", async () => {
    const reports = await mkdtemp(join(tmpdir(), "ghorfa-cli-"));
    const out = await ghorfaConformance(
      [
        "--base-url",
        node.url,
        "--chamber",
        "ma-09",
        "--only",
        "GH-ROUTE-001,GH-VERSION-001",
        "--report-dir",
        reports,
      ],
      { GHORFA_KEY: key, GHORFA_ADMIN_KEY: node.operatorKey },
    );
    expect(out.stdout).toContain("Verdict: conformant");
    expect(out.code).toBe(0);
    const json = await readFile(join(reports, REPORT_FILES.json), "utf8");
    expect(JSON.parse(json)).toMatchObject({ runTag: expect.stringMatching(/^ghc-/), readOnly: false });
    for (const text of [out.stdout, out.stderr, json]) {
      expect(text).not.toContain(key);
      expect(text).not.toContain(node.operatorKey);
    }
  });

  it("exits 3 when a MUST could not be checked: a read-only run", async () => {
    const out = await ghorfaConformance(
      ["--base-url", node.url, "--chamber", "ma-09", "--read-only", "--only", "GH-ROUTE-001,GH-IDEM-002"],
      { GHORFA_KEY: key },
    );
    expect(out.stdout).toContain("not proven");
    expect(out.code).toBe(3);
  });

  it("exits 1 when a MUST fails: a key of another chamber than the one named", async () => {
    const out = await ghorfaConformance(
      ["--base-url", node.url, "--chamber", "ma-06", "--only", "GH-IDEM-001"],
      { GHORFA_KEY: key },
    );
    expect(out.stdout).toContain("not conformant");
    expect(out.code).toBe(1);
  });

  it.each([
    [["--chamber", "ma-09"], /--base-url and --chamber are required/],
    [["--base-url", "http://127.0.0.1:9", "--chamber", "ma-09"], /a key is required/],
    [
      ["--base-url", "http://127.0.0.1:9", "--chamber", "ma-09", "--key", "k", "--profile", "fast"],
      /--profile is core or full/,
    ],
    [
      ["--base-url", "http://127.0.0.1:9", "--chamber", "ma-09", "--key", "k", "--only", "GH-NOPE-001"],
      /do not exist: GH-NOPE-001/,
    ],
    [
      ["--base-url", "http://127.0.0.1:9", "--chamber", "ma-09", "--key", "k", "--runs", "many"],
      /--runs takes a whole number/,
    ],
    [["--frobnicate"], /Unknown option/],
  ])("exits 2 on a usage error: %j", async (args, message) => {
    const out = await ghorfaConformance(args);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).toContain("usage:");
  });

  it("lists the requirements", async () => {
    const out = await ghorfaConformance(["requirements"]);
    expect(out.code).toBe(0);
    for (const id of REQUIREMENT_IDS) expect(out.stdout).toContain(id);
  });
});

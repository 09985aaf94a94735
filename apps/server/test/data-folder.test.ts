import { statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startNode, stopNode } from "./node-process";

// PGlite's data folder: what happens when node processes share one. On PostgreSQL (DATABASE_URL)
// replicas share the server instead, and test/replicas.test.ts covers them.

const modeOf = (path: string) => statSync(path).mode & 0o777;
const env = (dataDir: string) => ({ GHORFA_DATA_DIR: dataDir });

describe("a PGlite data folder", () => {
  it("has one writer: a second node on it exits non-zero saying who holds it, and the first keeps serving", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ghorfa-one-writer-"));
    const first = await startNode({ env: env(dataDir) });
    try {
      const refusal = await startNode({ env: env(dataDir) }).then(
        async (second) => {
          await stopNode(second);
          return "started";
        },
        (error: Error) => error.message,
      );
      expect(refusal).toMatch(/exited with 1/);
      expect(refusal).toContain(
        `The data folder ${dataDir} is in use by another Ghorfa node (pid ${first.child.pid})`,
      );
      expect(refusal).toContain("DATABASE_URL");

      const members = await fetch(`${first.url}/chambers/ma-09/members?limit=1`, {
        headers: { authorization: `Bearer ${first.demoKey}` },
      });
      expect(members.status).toBe(200);
    } finally {
      expect(await stopNode(first)).toBe(0);
    }
  }, 240_000);

  it("is taken again after its node was killed outright, and is private to its owner", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ghorfa-killed-"));
    const killed = await startNode({ env: env(dataDir) });
    killed.child.kill("SIGKILL");
    await killed.exited;

    const next = await startNode({ env: env(dataDir) });
    try {
      const members = await fetch(`${next.url}/chambers/ma-09/members?limit=1`, {
        headers: { authorization: `Bearer ${next.demoKey}` },
      });
      expect(members.status).toBe(200);
      for (const folder of [dataDir, join(dataDir, "pglite")]) expect(modeOf(folder)).toBe(0o700);
      for (const file of ["operator-key", "demo-key", "pglite.lock", "pglite/PG_VERSION"])
        expect(modeOf(join(dataDir, file)), file).toBe(0o600);
    } finally {
      expect(await stopNode(next)).toBe(0);
    }
  }, 240_000);
});

import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONTRACT_VERSION } from "@ghorfa/contract";
import { describe, expect, it } from "vitest";
import { startNode, stopNode } from "./node-process";

describe("the built node (what npm start runs)", () => {
  it("starts where its data folder does not exist yet (a fresh clone), answers /.well-known/ghorfa, and prints a demo key that works, the same on every start", async () => {
    // Nested and absent, like `.ghorfa/` on a fresh clone: the node must create it.
    const dataDir = join(await mkdtemp(join(tmpdir(), "ghorfa-start-")), "not", "there", "yet");
    const first = await startNode({ built: true, env: { GHORFA_DATA_DIR: dataDir } });
    try {
      const info = await fetch(`${first.url}/.well-known/ghorfa`);
      expect(info.status).toBe(200);
      expect(await info.json()).toMatchObject({
        contractVersion: CONTRACT_VERSION,
        chambers: ["ma-06", "ma-09"],
      });
      expect(first.stderr()).toContain(`${first.url}/docs`);

      expect(first.demoKey).toMatch(/^ghorfa_/);
      const members = await fetch(`${first.url}/chambers/ma-09/members?limit=1`, {
        headers: { authorization: `Bearer ${first.demoKey}` },
      });
      expect(members.status).toBe(200);
      expect(members.headers.get("ghorfa-view")).toBe("full");
      const keys = await fetch(`${first.url}/admin/keys`, {
        headers: { authorization: `Bearer ${first.operatorKey}` },
      });
      expect(keys.status).toBe(200);

      // sign-in (issue 15): the demo accounts sign in with the printed password.
      expect(first.demoPassword).toMatch(/^demo-/);
      const signIn = await fetch(`${first.url}/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          chamberId: "ma-09",
          email: "viewer@demo.cci-sm.ma",
          password: first.demoPassword,
        }),
      });
      expect(signIn.status).toBe(200);
      expect((await signIn.json()).account.role).toBe("viewer");
    } finally {
      expect(await stopNode(first)).toBe(0);
    }
    // Log lines never hold a key: the banner does, on the terminal, not in the log.
    expect(first.stdout()).not.toContain(first.demoKey);
    expect(first.stdout()).not.toContain(first.operatorKey);
    expect(first.stdout()).not.toContain(first.demoPassword);

    const second = await startNode({ built: true, env: { GHORFA_DATA_DIR: dataDir } });
    try {
      expect(second.demoKey).toBe(first.demoKey);
      expect(second.operatorKey).toBe(first.operatorKey);
      expect(second.demoPassword).toBe(first.demoPassword);
      const member = await fetch(`${second.url}/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          chamberId: "ma-09",
          email: "member@demo.cci-sm.ma",
          password: second.demoPassword,
        }),
      });
      expect(member.status).toBe(200);
      expect(second.stdout()).toContain('"seeded":false');
    } finally {
      await stopNode(second);
    }
  }, 240_000);
});

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { describeContract } from "../src/breaking/describe";
import { routes } from "../src/index";

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "ghorfa-gate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the gate script against a made-up released snapshot and changesets folder. */
async function gate(released: unknown, changesets: Record<string, string>) {
  const dir = mkdtempSync(join(work, "changesets-"));
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(dir, name), text);
  const snapshot = join(dir, "..", `${dir.split("-").pop()}.json`);
  writeFileSync(snapshot, JSON.stringify(released));
  const args = [
    "--conditions=@ghorfa/source",
    "scripts/check-breaking.ts",
    "--snapshot",
    snapshot,
    "--changesets",
    dir,
  ];
  return promisify(execFile)(tsx, args, { cwd: packageDir }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

const current = describeContract(routes);
// The released contract had a route this one lacks: removing a route is breaking.
const released = structuredClone(current);
const memberGet = current.routes["members.get"];
if (!memberGet) throw new Error("members.get is a route of the contract");
released.routes["members.archive"] = { ...structuredClone(memberGet), method: "DELETE" };

describe("the gate script", () => {
  it("passes when nothing broke since the release", async () => {
    const result = await gate(current, {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("no breaking change");
  });

  it("fails a breaking change and says which, unless a major changeset of the contract is pending", async () => {
    const refused = await gate(released, { "add.md": '---\n"@ghorfa/contract": minor\n---\n\nAdd.\n' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("route-removed  members.archive");
    const allowed = await gate(released, {
      "drop.md": '---\n"@ghorfa/contract": major\n---\n\nDrop archive.\n',
    });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain("allowed");
  });
});

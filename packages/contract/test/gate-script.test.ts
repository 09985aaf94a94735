import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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

const realChangesets = fileURLToPath(new URL("../../../.changeset/", import.meta.url));

/**
 * Runs the gate against a made-up released snapshot and a temporary changesets folder (never the
 * repository's own), as the script itself or, with `viaNpm`, as `npm run contract:gate` runs it.
 */
async function gate(released: unknown, changesets: Record<string, string>, viaNpm = false) {
  const dir = mkdtempSync(join(work, "changesets-"));
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(dir, name), text);
  const snapshot = join(dir, "..", `${dir.split("-").pop()}.json`);
  writeFileSync(snapshot, JSON.stringify(released));
  const options = ["--snapshot", snapshot, "--changesets", dir];
  const [command, args] = viaNpm
    ? ["npm", ["run", "--silent", "contract:gate", "--", ...options]]
    : [tsx, ["--conditions=@ghorfa/source", "scripts/check-breaking.ts", ...options]];
  return promisify(execFile)(command, args, { cwd: packageDir }).then(
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

  it("fails a breaking change and says which, unless a changeset makes a breaking release of the contract", async () => {
    const refused = await gate(released, { "add.md": '---\n"@ghorfa/contract": patch\n---\n\nAdd.\n' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("route-removed  members.archive");
    const allowed = await gate(released, {
      "drop.md": '---\n"@ghorfa/contract": major\n---\n\nDrop archive.\n',
    });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain("allowed");
    // The contract is 0.x: its next minor is a breaking release, as semver's ranges read it.
    const minor = await gate(released, { "next.md": '---\n"@ghorfa/contract": minor\n---\n\nNext.\n' });
    expect(minor.code).toBe(0);
    expect(minor.stdout).toContain(
      "allowed: a pending changeset makes a breaking release of @ghorfa/contract 0.",
    );
  });

  it("runs as `npm run contract:gate`: a response field the release had fails it until a major changeset is pending", async () => {
    const before = readdirSync(realChangesets).sort();
    // The release's Member had a field this contract no longer sends.
    const withNickname = structuredClone(current);
    const member = withNickname.schemas.Member as { properties: Record<string, unknown>; required: string[] };
    member.properties.nickname = { type: "string" };
    member.required.push("nickname");
    const others = {
      "README.md": "# Changesets\n",
      "config.json": "{}\n",
      "fix.md": '---\n"@ghorfa/contract": patch\n"@ghorfa/sdk": major\n---\n\nFix.\n',
    };
    const refused = await gate(withNickname, others, true);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("response-field-removed  members.get responses.200.nickname");
    expect(refused.stdout).toContain("refused");
    const major = '---\n"@ghorfa/contract": major # drops Member.nickname\n---\n\nDrop nickname.\n';
    const allowed = await gate(withNickname, { ...others, "drop-nickname.md": major }, true);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(
      "allowed: a pending changeset makes a breaking release of @ghorfa/contract",
    );
    expect(readdirSync(realChangesets).sort()).toEqual(before);
  });

  it("reads only the files of the changesets folder", async () => {
    const dir = mkdtempSync(join(work, "nested-"));
    mkdirSync(join(dir, "drafts.md"));
    // Against this contract, not the released snapshot: what this test reads is the folder.
    const snapshot = join(work, "nested-snapshot.json");
    writeFileSync(snapshot, JSON.stringify(current));
    const result = await promisify(execFile)(
      tsx,
      [
        "--conditions=@ghorfa/source",
        "scripts/check-breaking.ts",
        "--snapshot",
        snapshot,
        "--changesets",
        dir,
      ],
      { cwd: packageDir },
    );
    expect(result.stdout).toContain("no breaking change");
  });
});

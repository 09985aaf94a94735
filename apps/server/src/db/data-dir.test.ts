import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir, makePrivate } from "./data-dir";

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));
async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), "ghorfa-data-dir-"));
  folders.push(made);
  return made;
}
const modeOf = (path: string) => statSync(path).mode & 0o777;

/** A pid that was a process a moment ago and is none now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(String(child.stdout));
}

describe("the data folder's lock", () => {
  it("is taken once: a second taker is refused with the folder, the holder's pid and DATABASE_URL", async () => {
    const dataDir = await folder();
    const lock = lockDataDir(dataDir);
    let refusal: unknown;
    try {
      lockDataDir(dataDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as Error).message).toContain(dataDir);
    expect((refusal as Error).message).toContain(`pid ${process.pid}`);
    expect((refusal as Error).message).toContain("DATABASE_URL");
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lockDataDir(dataDir).release();
  });

  it("replaces a lock whose process is gone, or whose pid now belongs to a process started later", async () => {
    const dataDir = await folder();
    const file = join(dataDir, "pglite.lock");
    writeFileSync(file, `${deadPid()}\n`);
    const taken = lockDataDir(dataDir);
    expect(readFileSync(file, "utf8")).toMatch(new RegExp(`^${process.pid}\\b`));
    taken.release();

    // Our own pid with another start time: a node that was pid 1 in a container before a restart.
    if (existsSync("/proc/self/stat")) {
      writeFileSync(file, `${process.pid} 1\n`);
      lockDataDir(dataDir).release();
    }
    // A lock whose content was cut short by a crash names nobody.
    writeFileSync(file, "");
    lockDataDir(dataDir).release();
  });

  it("leaves a lock that another process took over alone when it releases", async () => {
    const dataDir = await folder();
    const lock = lockDataDir(dataDir);
    writeFileSync(lock.file, "1 0\n");
    lock.release();
    expect(readFileSync(lock.file, "utf8")).toBe("1 0\n");
  });
});

describe("the data folder's modes", () => {
  it("makes a folder and everything in it private to its owner, whatever the umask and modes were", async () => {
    const dataDir = join(await folder(), "data");
    const previous = process.umask(0);
    try {
      mkdirSync(join(dataDir, "pglite", "base"), { recursive: true, mode: 0o777 });
      writeFileSync(join(dataDir, "operator-key"), "secret\n", { mode: 0o666 });
      writeFileSync(join(dataDir, "pglite", "base", "1"), "", { mode: 0o644 });
      makePrivate(dataDir);
    } finally {
      process.umask(previous);
    }
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, "pglite"))).toBe(0o700);
    expect(modeOf(join(dataDir, "pglite", "base"))).toBe(0o700);
    expect(modeOf(join(dataDir, "operator-key"))).toBe(0o600);
    expect(modeOf(join(dataDir, "pglite", "base", "1"))).toBe(0o600);
  });
});

import {
  chmodSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";

// The data folder holds a database and secrets: only its owner may read it, and only one process
// may write it. PGlite is a database in one process's memory over plain files: two processes on
// one folder each believe they own it, and each overwrites what the other wrote.

/** Modes set with chmod rather than at creation, so that no umask can widen (or narrow) them. */
export const PRIVATE_FOLDER = 0o700;
export const PRIVATE_FILE = 0o600;

/**
 * Creates `dir` if needed and makes it, and everything already in it, private to its owner: a
 * folder made by an older node, or copied with looser modes, is fixed at start. Symbolic links are
 * left alone (chmod would follow them out of the folder).
 */
export function makePrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
  chmodSync(dir, PRIVATE_FOLDER);
  const pending = [dir];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        chmodSync(path, PRIVATE_FOLDER);
        pending.push(path);
      } else if (entry.isFile()) {
        chmodSync(path, PRIVATE_FILE);
      }
    }
  }
}

export class DataDirLockedError extends Error {
  readonly code = "data-dir-locked";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Ghorfa node (pid ${pid}). A PGlite data folder ` +
        "has exactly one writer: stop that node first, or run several replicas over one PostgreSQL " +
        "server with DATABASE_URL.",
    );
    this.name = "DataDirLockedError";
  }
}

/** Who holds a lock: the pid, and when that process started (to tell it from a reused pid). */
interface Holder {
  pid: number;
  started: string | undefined;
}

/**
 * When process `pid` started, in clock ticks since boot (Linux `/proc/<pid>/stat`, field 22);
 * undefined where there is no /proc. The pair (pid, start) names one process even after its pid is
 * reused by another.
 */
function startOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function readHolder(file: string): Holder | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const [pid, started] = text.trim().split(" ");
  // An unreadable lock (a crash while it was written) names no live process: it is stale.
  return { pid: Number(pid) || 0, started: started || undefined };
}

const sameHolder = (a: Holder | undefined, b: Holder) => a?.pid === b.pid && a.started === b.started;

/**
 * Whether `holder` is still running. EPERM means alive (another user's process). A pid now used by
 * a process started at another time is a reused pid, not the holder: this covers a container
 * restarted on its volume, whose node is pid 1 again (then the pid is even our own).
 */
function isAlive(holder: Holder): boolean {
  if (holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (holder.started === undefined) return true;
  const started = startOf(holder.pid);
  return started === undefined || started === holder.started;
}

/** Creates `file` holding `content`, only if it does not exist (O_EXCL); false if it does. */
function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx", PRIVATE_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  chmodSync(file, PRIVATE_FILE);
  return true;
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock if it is still this process's; idempotent. */
  release(): void;
}

/**
 * Takes the data folder's lock, `<dataDir>/pglite.lock`, holding this process's pid and start time,
 * or throws DataDirLockedError naming the live process that holds it.
 *
 * A free folder is taken with O_EXCL: of two nodes starting at once, one creates the file and the
 * other reads its pid. A lock whose holder is gone (kill -9, a power cut) is stale and is replaced,
 * but never by unlink-then-create, since two nodes that both saw the same stale lock would both
 * succeed (the second unlinking the first's fresh lock). Instead a node first creates, with O_EXCL,
 * a takeover file named after that stale holder: only one node wins it; the winner reads the lock
 * again and, if it still names the stale holder, renames its own lock over it atomically. A node
 * that comes later finds a live holder, or the lock gone and free to create.
 *
 * The lock is released by `release` (the connection's close) and, as a last resort, when the
 * process exits; a process killed outright leaves it, and the next start finds it stale.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, "pglite.lock");
  const me: Holder = { pid: process.pid, started: startOf(process.pid) };
  const content = `${me.pid}${me.started ? ` ${me.started}` : ""}\n`;
  // Bounded: each round either takes the lock, finds a live holder, or saw a lock change under it.
  for (let round = 0; round < 10; round++) {
    if (createExclusive(file, content)) return held(file, me);
    const holder = readHolder(file);
    if (holder === undefined) continue;
    if (isAlive(holder)) throw new DataDirLockedError(dataDir, holder.pid);
    if (takeOver(file, holder, content)) return held(file, me);
  }
  throw new Error(`Could not lock the data folder ${dataDir}: its lock file keeps changing`);
}

function takeOver(file: string, stale: Holder, content: string): boolean {
  const takeover = `${file}.takeover-${stale.pid}-${stale.started ?? ""}`;
  if (!createExclusive(takeover, content)) {
    // Another node is taking this stale lock over; if it died doing so, its takeover is stale too.
    const other = readHolder(takeover);
    if (other && !isAlive(other)) unlinkQuietly(takeover);
    return false;
  }
  try {
    if (!sameHolder(readHolder(file), stale)) return false;
    const mine = `${file}.${process.pid}`;
    // A leftover of an earlier run with our pid would make O_EXCL fail: it is ours to remove.
    unlinkQuietly(mine);
    if (!createExclusive(mine, content)) return false;
    renameSync(mine, file);
    return true;
  } finally {
    unlinkQuietly(takeover);
  }
}

function held(file: string, me: Holder): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    // Only our own lock: never one a later node took over after deciding we were gone.
    if (sameHolder(readHolder(file), me)) unlinkQuietly(file);
  };
  process.on("exit", release);
  return { file, release };
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {}
}

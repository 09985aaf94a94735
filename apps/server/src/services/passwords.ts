import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// scrypt is memory-hard: each guess costs 128·N·r bytes (32 MiB here) as well as time, which
// makes guessing on GPUs or ASICs dear. It ships with Node, so the node needs no native addon.
// The parameters are written into each hash, so that raising them later still verifies old ones.

const LOG2_N = 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** What one hash needs (128·N·r) and some room: Node refuses anything above `maxmem`. */
const maxmemOf = (n: number, r: number) => 128 * n * r + 1024 * 1024;

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  const n = 2 ** log2N;
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize("NFC"),
      salt,
      KEY_BYTES,
      { N: n, r, p, maxmem: maxmemOf(n, r) },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** The stored form of `password`: `scrypt$15$8$1$<salt>$<hash>`, base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, LOG2_N, R, P);
  return ["scrypt", LOG2_N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

const STORED = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([\w-]+)\$([\w-]+)$/;

/** Whether `password` is the one `stored` was made from; false for a stored form it cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = STORED.exec(stored);
  if (!match) return false;
  const [, log2N, r, p, salt, hash] = match as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, "base64url");
  // Bounds that keep a tampered row from asking for gigabytes.
  if (Number(log2N) > 20 || Number(r) > 16 || Number(p) > 4 || expected.length !== KEY_BYTES) return false;
  const key = await derive(password, Buffer.from(salt, "base64url"), Number(log2N), Number(r), Number(p));
  return timingSafeEqual(key, expected);
}

/**
 * A hash of no one's password, verified when no account has the address given, so that an unknown
 * address costs the same hash as a wrong password and the time of the answer does not tell them apart.
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(18).toString("base64url"));
  return dummy;
}

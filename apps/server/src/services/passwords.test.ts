import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("store scrypt with its parameters, a 16-byte salt and a 32-byte key, never the password", async () => {
    const stored = await hashPassword("correct horse battery staple");
    const [scheme, log2N, r, p, salt, hash] = stored.split("$");
    expect([scheme, log2N, r, p]).toEqual(["scrypt", "15", "8", "1"]);
    expect(Buffer.from(salt as string, "base64url")).toHaveLength(16);
    expect(Buffer.from(hash as string, "base64url")).toHaveLength(32);
    expect(stored).not.toContain("horse");
  });

  it("salt each hash, and verify the right password only", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery staple", a)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", a)).toBe(false);
  });

  it("refuse a stored form they cannot read, or one that asks for too much memory", async () => {
    expect(await verifyPassword("anything at all", "plain")).toBe(false);
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored.replace("$15$", "$30$"))).toBe(false);
  });
});

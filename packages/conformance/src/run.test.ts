import { describe, expect, it } from "vitest";
import { newRunTag, patientFetch } from "./run";

function answering(...answers: Response[]): typeof fetch & { calls: number } {
  const fake = Object.assign(
    async () => {
      const answer = answers[Math.min(fake.calls, answers.length - 1)] as Response;
      fake.calls += 1;
      return answer.clone();
    },
    { calls: 0 },
  );
  return fake as typeof fetch & { calls: number };
}

const tooMany = (retryAfter: string) =>
  new Response("{}", { status: 429, headers: { "retry-after": retryAfter } });

describe("patientFetch", () => {
  it("waits out a short Retry-After and sends the request again", async () => {
    const fake = answering(tooMany("0"), tooMany("0"), new Response("ok"));
    const answer = await patientFetch(fake, 1000)("http://node.invalid/");
    expect(answer.status).toBe(200);
    expect(fake.calls).toBe(3);
  });

  it("gives the 429 back when Retry-After is missing, not a number, or too long to wait", async () => {
    for (const retryAfter of ["", "soon", "3600", "-1"]) {
      const fake = answering(tooMany(retryAfter), new Response("ok"));
      expect((await patientFetch(fake, 1000)("http://node.invalid/")).status).toBe(429);
      expect(fake.calls).toBe(1);
    }
  });

  it("stops after a few tries", async () => {
    const fake = answering(tooMany("0"));
    expect((await patientFetch(fake, 1000)("http://node.invalid/")).status).toBe(429);
    expect(fake.calls).toBeGreaterThan(1);
    expect(fake.calls).toBeLessThan(10);
  });
});

describe("newRunTag", () => {
  it("is ghc- and ten lowercase letters or digits, new each time", () => {
    const tags = new Set(Array.from({ length: 200 }, newRunTag));
    expect(tags.size).toBe(200);
    for (const tag of tags) expect(tag).toMatch(/^ghc-[a-z0-9]{10}$/);
  });
});

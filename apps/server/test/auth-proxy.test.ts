import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";
import { makeAccount, signIn } from "./auth-helpers";

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({
    env: { GHORFA_TRUST_PROXY: "true", GHORFA_PUBLIC_ORIGIN: "https://cci-sm.example" },
  });
});
afterAll(() => t.close());

describe("sign-in behind a trusted proxy", () => {
  it("sets the cookie Secure when the proxy says the request came over HTTPS", async () => {
    const email = await makeAccount(t);
    const https = await signIn(t, { email }, { "x-forwarded-proto": "https" });
    expect(String(https.headers["set-cookie"])).toMatch(/; Secure$/);
    const http = await signIn(t, { email }, { "x-forwarded-proto": "http" });
    expect(String(http.headers["set-cookie"])).not.toContain("Secure");
  });

  it("takes writes from the configured public origin only", async () => {
    const email = await makeAccount(t);
    const cookie = String((await signIn(t, { email })).headers["set-cookie"]).split(";")[0] as string;
    const signOut = (origin: string) =>
      t.app.inject({ method: "POST", url: "/auth/sign-out", headers: { cookie, origin } });
    expect((await signOut("http://localhost:80")).statusCode).toBe(403);
    expect((await signOut("https://cci-sm.example")).statusCode).toBe(204);
  });
});

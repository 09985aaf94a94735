import { openapi } from "@ghorfa/contract";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("needs no variable: port 8080, PGlite in .ghorfa/, 600 requests a minute", () => {
    const config = loadConfig({}, "/somewhere");
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.ghorfa$/);
    expect(config.rateLimit).toEqual({ limit: 600, windowSeconds: 60 });
    expect(config.adminKey).toBeUndefined();
  });

  it("listens, unless told otherwise, where the contract's document says its default server is", () => {
    const [server] = openapi().servers as { variables: { origin: { default: string } } }[];
    expect(new URL(String(server?.variables.origin.default)).port).toBe(
      String(loadConfig({}, "/somewhere").port),
    );
  });

  it("reads the environment, resolving the data folder from the working folder", () => {
    const config = loadConfig(
      { PORT: "9090", DATABASE_URL: "postgres://db/ghorfa", GHORFA_DATA_DIR: "data", GHORFA_RATE_LIMIT: "5" },
      "/srv/node",
    );
    expect(config).toMatchObject({
      port: 9090,
      databaseUrl: "postgres://db/ghorfa",
      dataDir: "/srv/node/data",
    });
    expect(config.rateLimit.limit).toBe(5);
  });

  it("refuses a bad value, naming the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ GHORFA_ADMIN_KEY: "short" })).toThrow(/GHORFA_ADMIN_KEY/);
  });

  it("sends no mail unless GHORFA_SMTP_URL is set, from a default no-reply address", () => {
    expect(loadConfig({}, "/somewhere")).toMatchObject({
      smtpUrl: undefined,
      mailFrom: "Ghorfa <no-reply@localhost>",
    });
    const config = loadConfig({
      GHORFA_SMTP_URL: "smtps://node:pa%40ss@mail.example.ma:465",
      GHORFA_MAIL_FROM: "CCIS <no-reply@ccis.ma>",
    });
    expect(config).toMatchObject({
      smtpUrl: "smtps://node:pa%40ss@mail.example.ma:465",
      mailFrom: "CCIS <no-reply@ccis.ma>",
    });
  });

  it("refuses a mail server URL that is not smtp:// or smtps://, without repeating it", () => {
    const url = "https://node:hunter2@mail.example.ma";
    expect(() => loadConfig({ GHORFA_SMTP_URL: url })).toThrow(/GHORFA_SMTP_URL/);
    expect(() => loadConfig({ GHORFA_SMTP_URL: url })).not.toThrow(/hunter2/);
  });
});

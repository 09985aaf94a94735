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

  it("sizes the PostgreSQL pool: 10 by default, GHORFA_DB_POOL_SIZE from 2 to 200", () => {
    expect(loadConfig({}).dbPoolSize).toBe(10);
    expect(loadConfig({ GHORFA_DB_POOL_SIZE: "25" }).dbPoolSize).toBe(25);
    for (const bad of ["1", "201", "ten", "2.5"]) {
      expect(() => loadConfig({ GHORFA_DB_POOL_SIZE: bad })).toThrow(/GHORFA_DB_POOL_SIZE/);
    }
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

  // the federation of twelve (issue 17)
  it("seeds the default demo unless a demo choice is given", () => {
    expect(loadConfig({}).demo).toBeUndefined();
  });

  it("reads the regions a node hosts and the directory entries it lists", () => {
    const config = loadConfig({
      PORT: "9001",
      GHORFA_DEMO_CHAMBERS: "ma-01, ma-03",
      GHORFA_DEMO_DIRECTORY: "ma-02=http://127.0.0.1:9002,ma-12=https://ma-12.example/",
    });
    expect(config.demo).toEqual({
      chambers: ["ma-01", "ma-03"],
      directory: [
        { chamberId: "ma-02", nodeUrl: "http://127.0.0.1:9002" },
        { chamberId: "ma-12", nodeUrl: "https://ma-12.example/" },
      ],
    });
  });

  it("refuses an unknown region, a chamber named twice, a bad URL, or a chamber both hosted and elsewhere", () => {
    expect(() => loadConfig({ GHORFA_DEMO_CHAMBERS: "ma-13" })).toThrow(/GHORFA_DEMO_CHAMBERS/);
    expect(() => loadConfig({ GHORFA_DEMO_CHAMBERS: "ma-01,ma-01" })).toThrow(/GHORFA_DEMO_CHAMBERS/);
    expect(() => loadConfig({ GHORFA_DEMO_DIRECTORY: "ma-02" })).toThrow(/GHORFA_DEMO_DIRECTORY/);
    expect(() => loadConfig({ GHORFA_DEMO_DIRECTORY: "ma-02=ftp://x.example" })).toThrow(
      /GHORFA_DEMO_DIRECTORY/,
    );
    expect(() =>
      loadConfig({ GHORFA_DEMO_CHAMBERS: "ma-02", GHORFA_DEMO_DIRECTORY: "ma-02=http://127.0.0.1:9002" }),
    ).toThrow(/ma-02 is hosted here/);
  });

  it("needs the node's URL before it listens to name it in the records of the chambers it hosts", () => {
    expect(() => loadConfig({ PORT: "0", GHORFA_DEMO_CHAMBERS: "ma-01" })).toThrow(/GHORFA_PUBLIC_URL/);
    expect(
      loadConfig({ PORT: "0", GHORFA_DEMO_CHAMBERS: "ma-01", GHORFA_PUBLIC_URL: "http://127.0.0.1:9001" })
        .demo,
    ).toEqual({ chambers: ["ma-01"], directory: [] });
  });
});

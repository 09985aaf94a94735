import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configFilePath, redact, resolveConfig } from "../src/config";
import { CliError, ConfigError, EXIT } from "../src/errors";

async function withProfiles(file: unknown): Promise<NodeJS.ProcessEnv> {
  const home = await mkdtemp(join(tmpdir(), "ghorfa-config-"));
  await mkdir(join(home, "ghorfa"), { recursive: true });
  await writeFile(
    join(home, "ghorfa", "config.json"),
    typeof file === "string" ? file : JSON.stringify(file),
  );
  return { XDG_CONFIG_HOME: home };
}

const SECRET = "ghorfa_key_supersecret_123456";

describe("configFilePath", () => {
  it("follows XDG_CONFIG_HOME, HOME and APPDATA", () => {
    expect(configFilePath({ XDG_CONFIG_HOME: "/x" }, "linux")).toBe("/x/ghorfa/config.json");
    expect(configFilePath({ HOME: "/home/a" }, "linux")).toBe("/home/a/.config/ghorfa/config.json");
    expect(configFilePath({ APPDATA: "C:\\Users\\a\\AppData\\Roaming" }, "win32")).toContain("ghorfa");
  });
});

describe("resolveConfig", () => {
  it("takes flags over variables over the profile", async () => {
    const env = await withProfiles({
      profiles: {
        default: { baseUrl: "http://profile.test", apiKey: "profile-key", chamber: "ma-01", locale: "en" },
      },
    });
    expect(await resolveConfig({}, env)).toEqual({
      baseUrl: "http://profile.test",
      apiKey: "profile-key",
      chamberId: "ma-01",
      locale: "en",
    });
    const withEnv = {
      ...env,
      GHORFA_BASE_URL: "http://env.test/",
      GHORFA_API_KEY: "env-key",
      GHORFA_CHAMBER: "ma-02",
    };
    expect(await resolveConfig({}, withEnv)).toMatchObject({
      baseUrl: "http://env.test",
      apiKey: "env-key",
      chamberId: "ma-02",
    });
    expect(
      await resolveConfig(
        { baseUrl: "http://flag.test", apiKey: "flag-key", chamber: "ma-09", locale: "fr-MA" },
        withEnv,
      ),
    ).toEqual({ baseUrl: "http://flag.test", apiKey: "flag-key", chamberId: "ma-09", locale: "fr-MA" });
  });

  it("reads a named profile and its key from the variable it names", async () => {
    const env = await withProfiles({
      profiles: {
        souss: { baseUrl: "https://souss.test", apiKeyEnv: "SOUSS_KEY", chamber: "ma-09" },
      },
    });
    expect(
      await resolveConfig({ profile: "souss" }, { ...env, SOUSS_KEY: SECRET, LANG: "fr_FR.UTF-8" }),
    ).toEqual({
      baseUrl: "https://souss.test",
      apiKey: SECRET,
      chamberId: "ma-09",
      locale: "fr-MA",
    });
    await expect(resolveConfig({ profile: "souss" }, env)).rejects.toMatchObject({
      key: "configMissingKeyEnv",
      exitCode: EXIT.config,
    });
    await expect(resolveConfig({ profile: "nope" }, env)).rejects.toMatchObject({
      key: "configUnknownProfile",
    });
  });

  it("says what is missing or wrong, with exit code 3", async () => {
    const env = await withProfiles({ profiles: {} });
    const missing = await resolveConfig({}, env).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ConfigError);
    expect(missing).toBeInstanceOf(CliError);
    expect((missing as CliError).exitCode).toBe(3);
    expect((missing as CliError).key).toBe("configMissingBaseUrl");
    expect((missing as CliError).localized("fr-MA")).toContain("GHORFA_BASE_URL");
    await expect(resolveConfig({ baseUrl: "http://a.test" }, env)).rejects.toMatchObject({
      key: "configMissingChamber",
    });
    await expect(resolveConfig({ baseUrl: "http://a.test", chamber: "ma-99" }, env)).rejects.toMatchObject({
      key: "configBadChamber",
    });
    await expect(resolveConfig({ baseUrl: "ftp://a.test", chamber: "ma-01" }, env)).rejects.toMatchObject({
      key: "configBadBaseUrl",
    });
    await expect(
      resolveConfig({ baseUrl: "http://a.test", chamber: "ma-01", locale: "de" }, env),
    ).rejects.toMatchObject({ key: "configBadLocale" });
  });

  it("never quotes the key from a broken config file", async () => {
    const env = await withProfiles(`{"profiles": {"default": {"apiKey": "${SECRET}" oops}}}`);
    const error = (await resolveConfig({}, env).catch((e: unknown) => e)) as CliError;
    expect(error.key).toBe("configBadFile");
    for (const locale of ["ar-MA", "fr-MA", "en", "zgh"] as const)
      expect(error.localized(locale)).not.toContain(SECRET);
    expect(String(error.stack)).not.toContain(SECRET);
  });

  it("defaults the language to ar-MA without any hint", async () => {
    const env = await withProfiles({ profiles: {} });
    const config = await resolveConfig({ baseUrl: "http://a.test", chamber: "ma-01" }, { ...env, LANG: "C" });
    expect(config.locale).toBe("ar-MA");
    expect(config.apiKey).toBeUndefined();
  });
});

describe("redact", () => {
  it("hides known secrets and bearer tokens", () => {
    expect(redact(`key ${SECRET} here`, [SECRET])).toBe("key [redacted] here");
    expect(redact("authorization: Bearer abc.def", [])).toBe("authorization: Bearer [redacted]");
  });
});

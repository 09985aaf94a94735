import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

/** What bash offers after `words` (the last one being typed), with the script `ghorfa completion bash` prints. */
function bashOffers(script: string, words: string[]): string[] {
  const program = `${script}\nCOMP_WORDS=(ghorfa ${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length}; _ghorfa; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync("bash", ["-c", program], { encoding: "utf8" }).split("\n").filter(Boolean);
}

describe("ghorfa completion", () => {
  it("prints a bash script that completes commands, subcommands and each command's flags", async () => {
    const { stdout, code } = await runCli(["completion", "bash"]);
    expect(code).toBe(0);
    expect(bashOffers(stdout, [""])).toEqual(
      expect.arrayContaining(["import", "receipt", "report", "export", "federation", "completion"]),
    );
    expect(bashOffers(stdout, ["report", ""])).toEqual(["rent-roll", "arrears", "--help"]);
    expect(bashOffers(stdout, ["report", "rent-roll", "--month", "2026-01", "--b"])).toEqual([
      "--bom",
      "--base-url",
    ]);
    expect(bashOffers(stdout, ["receipt", "2026-000001", "--pa"])).toEqual(["--paper"]);
  });

  it.each(["zsh", "fish"])("prints a %s script naming every command and flag", async (shell) => {
    const { stdout, code } = await runCli(["completion", shell]);
    expect(code).toBe(0);
    for (const word of [
      "rent-roll",
      "arrears",
      "export",
      "federation",
      "members",
      "page-size",
      "paper",
      "as-of",
    ])
      expect(stdout).toContain(word);
  });

  it("is a usage error (exit 2) for another shell", async () => {
    expect((await runCli(["completion", "tcsh"])).code).toBe(2);
  });
});

describe("ghorfa --help", () => {
  it("lists every command with its description", async () => {
    const { stdout } = await runCli(["--help"]);
    for (const command of ["import", "receipt", "report", "export", "federation", "completion"])
      expect(stdout).toMatch(new RegExp(`${command}\\S*\\s+\\S`));
  });

  it("gives each command's flags and required arguments", async () => {
    const { stdout } = await runCli(["report", "rent-roll", "--help"]);
    expect(stdout).toContain("--month");
    expect(stdout).toContain("Required");
    expect((await runCli(["export", "--help"])).stdout).toContain("RESOURCE");
  });
});

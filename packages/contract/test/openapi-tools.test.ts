import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as domain from "@ghorfa/schemas";
import { BASIC } from "@hyperjump/json-schema/experimental";
import { validate } from "@hyperjump/json-schema/openapi-3-1";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { CONTRACT_SCHEMAS } from "../src/named-schemas";
import { openapi } from "../src/openapi/document";

// openapi.json as tools of other stacks read it: Hyperjump's OpenAPI 3.1 validator, Redocly's
// linter with its defaults, and openapi-typescript, whose types must say what the zod schemas say.

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../../node_modules/.bin/${name}`, import.meta.url));
const run = promisify(execFile);
const doc = JSON.parse(JSON.stringify(openapi())) as ReturnType<typeof openapi>;
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const OAS_SCHEMA = "https://spec.openapis.org/oas/3.1/schema-base";

describe("openapi.json in other tools", () => {
  it("is valid for Hyperjump's OpenAPI 3.1 schema, its JSON Schemas checked in the OAS dialect", async () => {
    const output = await validate(OAS_SCHEMA, doc as never, BASIC);
    expect(output.valid ? [] : output.errors).toEqual([]);
  });

  it("is refused by that validator when a component schema is broken (the check has teeth)", async () => {
    const broken = structuredClone(doc) as unknown as { components: { schemas: Record<string, object> } };
    broken.components.schemas.Member = { type: "strng", minLength: -1 };
    expect((await validate(OAS_SCHEMA, broken as never)).valid).toBe(false);
  });

  it("passes `redocly lint` with no configuration (its `recommended` rules) without a warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ghorfa-redocly-"));
    temporary.push(dir);
    copyFileSync(join(packageDir, "openapi.json"), join(dir, "openapi.json"));
    const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
    const args = ["lint", "openapi.json", "--format=json", "--max-problems=1000"];
    const { stdout } = await run(bin("redocly"), args, { cwd: dir, env }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const report = JSON.parse(stdout) as { totals: Record<string, number>; problems: { message: string }[] };
    expect(report.problems.map((p) => p.message)).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  });

  it("gives openapi-typescript types whose object schemas have the zod schemas' fields, required or not", async () => {
    // NonNegativeMoney is in a chamber's figures only, since leases and payments take BooksMoney.
    const RESPONSE_ONLY = new Set(["NonNegativeMoney"]);
    // Fields with a default are optional in requests (the `<Name>Input` schemas say so); the
    // generator's default would make them required everywhere.
    const types = astToString(await openapiTS(doc as never, { defaultNonNullable: false }));
    const components = doc.components.schemas;
    const named = { ...domain, ...CONTRACT_SCHEMAS } as Record<string, unknown>;
    const objects = Object.keys(components).filter(
      (name) => named[name] instanceof z.ZodObject && components[name]?.type === "object",
    );
    expect(objects).toEqual(expect.arrayContaining(["Member", "Lease", "Agreement", "ApiKey", "Problem"]));
    // For each, the keys and their optionality must be equal, on each side of the wire (a rule
    // beside the fields, like LocalizedText's "ar or fr", makes a union: its keys are compared);
    // and a request typed with the generated types must type-check as the zod schema's input.
    const checks = objects.flatMap((name) => {
      const zod = name in CONTRACT_SCHEMAS ? "contract" : "domain";
      const input = `${name}Input` in components ? `${name}Input` : name;
      const compared = components[name]?.allOf ? "keyof " : "Shape<";
      const close = compared === "keyof " ? "" : ">";
      const out = `export const out_${name}: Same<${compared}S["${name}"]${close}, ${compared}z.output<typeof ${zod}.${name}>${close}> = true;`;
      // A schema with defaults that only responses use has no input form in the document.
      if (RESPONSE_ONLY.has(name)) return [out];
      return [
        out,
        `export const in_${name}: Same<${compared}S["${input}"]${close}, ${compared}z.input<typeof ${zod}.${name}>${close}> = true;`,
        `export const send_${name} = (v: S["${input}"]): z.input<typeof ${zod}.${name}> => v;`,
      ];
    });
    const check = `import type * as domain from "@ghorfa/schemas";
import type * as z from "zod";
import type { CONTRACT_SCHEMAS as contract } from "../src/named-schemas";
import type { components } from "./openapi";
type S = components["schemas"];
type Shape<T> = { [K in keyof T]-?: undefined extends T[K] ? "optional" : "required" };
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
${checks.join("\n")}
`;
    const dir = mkdtempSync(join(packageDir, ".openapi-typescript-"));
    temporary.push(dir);
    writeFileSync(join(dir, "openapi.ts"), types);
    writeFileSync(join(dir, "check.ts"), check);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ extends: "../tsconfig.json", compilerOptions: { noEmit: true }, include: ["*.ts"] }),
    );
    expect(types).toContain("Member: {");
    const result = await run(bin("tsc"), ["-p", join(dir, "tsconfig.json")], { cwd: packageDir }).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  });
});

import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { PROBLEM_TYPES } from "../problems";
import { routeList } from "../routes";
import { openapi } from "./document";
import { refsOf } from "./json-schema";

const packageDir = fileURLToPath(new URL("../../", import.meta.url));
const builtFile = `${packageDir}openapi.json`;
const doc = openapi();
const operations = Object.values(doc.paths).flatMap((item) => Object.values(item)) as Record<
  string,
  unknown
>[];

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document for an independent validator", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("is what the build wrote to openapi.json (run `npm run build -w @ghorfa/contract` if not)", () => {
    expect(existsSync(builtFile)).toBe(true);
    expect(JSON.parse(readFileSync(builtFile, "utf8"))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("passes `redocly lint` with no error under the package's rules", async () => {
    const redocly = fileURLToPath(new URL("../../../../node_modules/.bin/redocly", import.meta.url));
    const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
    const { stdout } = await promisify(execFile)(redocly, ["lint", "openapi.json", "--format=json"], {
      cwd: packageDir,
      env,
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout) as { totals: { errors: number }; problems: unknown[] };
    expect(report.problems).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it("has one operation per route, named after the route key, with the route's scope", () => {
    expect(operations.map((op) => op.operationId).sort()).toEqual(routeList.map((r) => r.key).sort());
    for (const route of routeList) {
      const op = (doc.paths[route.path] as Record<string, Record<string, unknown>>)[
        route.method.toLowerCase()
      ];
      const security = JSON.stringify(op?.security);
      if (route.needsSession) expect(op?.security).toEqual([{ cookieAuth: [] }]);
      else if (route.access.kind === "public") expect(security).toBe("[]");
      else expect(security).toContain(`"bearer":["${route.access.scope}"]`);
      if (route.access.kind === "public-view") expect(op?.security).toContainEqual({});
    }
  });

  it("answers problems as application/problem+json with the status of their kind", () => {
    for (const op of operations) {
      const responses = op.responses as Record<string, { $ref?: string }>;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400) continue;
        const name = response.$ref?.split("/").pop() ?? "";
        const component = doc.components.responses[name] as {
          content: Record<string, { examples: Record<string, { value: { status: number } }> }>;
        };
        const examples = Object.entries(component.content["application/problem+json"]?.examples ?? {});
        expect(examples.length).toBeGreaterThan(0);
        for (const [kind, example] of examples) {
          expect(PROBLEM_TYPES[kind as keyof typeof PROBLEM_TYPES].status).toBe(Number(status));
          expect(example.value.status).toBe(Number(status));
        }
      }
    }
  });

  it("names entity schemas after their @ghorfa/schemas exports and resolves every reference", () => {
    const names = Object.keys(doc.components.schemas);
    expect(names).toEqual(
      expect.arrayContaining([
        "Member",
        "MemberPublic",
        "Lease",
        "LeasePayment",
        "Agreement",
        "Chamber",
        "Problem",
      ]),
    );
    const schemaRefs = refsOf(doc);
    for (const name of schemaRefs) expect(names).toContain(name);
    for (const name of names) expect(schemaRefs.has(name), `${name} is unused`).toBe(true);
  });

  it("asks requests for the input form of schemas whose defaults differ, and answers the output form", () => {
    const create = doc.paths["/chambers/{chamberId}/leases"]?.post as {
      requestBody: { content: Record<string, { schema: { $ref: string } }> };
    };
    expect(create.requestBody.content["application/json"]?.schema.$ref).toBe(
      "#/components/schemas/LeaseCreateInput",
    );
    const money = doc.components.schemas.BooksMoney as { required: string[] };
    const moneyInput = doc.components.schemas.BooksMoneyInput as { required: string[] };
    expect(money.required).toContain("currency");
    expect(moneyInput.required).not.toContain("currency");
  });

  it("documents the If-Match precondition as required on updates only", () => {
    for (const route of routeList) {
      const op = (doc.paths[route.path] as Record<string, { parameters: { $ref?: string }[] }>)[
        route.method.toLowerCase()
      ];
      const refs = (op?.parameters ?? []).map((p) => p.$ref);
      expect(refs.includes("#/components/parameters/IfMatchRequired")).toBe(route.ifMatch === "required");
    }
  });
});

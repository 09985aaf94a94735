import { startNode, type TestNode } from "@ghorfa/testing/node";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValuePools, valueArbitrary } from "../src/generate";
import { type OpenApiDocument, operationsOf, runPropertyPhase } from "../src/index";
import { applyMutation, mutationsOf } from "../src/mutate";
import { createValidator } from "../src/validator";

// The document under test is the one the reference node serves, read over HTTP as any tool would.
let node: TestNode;
let document: OpenApiDocument;
beforeAll(async () => {
  node = await startNode();
  document = (await (await fetch(`${node.url}/openapi.json`)).json()) as OpenApiDocument;
});
afterAll(async () => {
  await node?.close();
});

describe("the generator, on the reference node's document", () => {
  it("makes request bodies and parameters that the document itself finds valid", () => {
    const validator = createValidator(document);
    const pools = new ValuePools(document, validator);
    let checked = 0;
    for (const operation of operationsOf(document)) {
      const schemas = operation.parameters.map((p) => p.schema);
      const body = operation.requestBody?.content["application/json"]?.schema;
      if (body !== undefined) schemas.push(body);
      for (const schema of schemas) {
        for (const value of fc.sample(valueArbitrary(schema, { document, validator }), {
          seed: 3,
          numRuns: 15,
        })) {
          expect(validator.errors(schema, pools.materialize(value)), operation.id).toBeNull();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("makes, for every request body, mutations that the document refuses", () => {
    const validator = createValidator(document);
    const pools = new ValuePools(document, validator);
    for (const operation of operationsOf(document)) {
      const schema = operation.requestBody?.content["application/json"]?.schema;
      if (schema === undefined) continue;
      const [value] = fc.sample(valueArbitrary(schema, { document, validator }), { seed: 5, numRuns: 1 });
      const body = pools.materialize(value);
      const refused = mutationsOf(schema, body, document, validator).filter(
        (mutation) => !validator.isValid(schema, applyMutation(body, mutation)),
      );
      expect(refused.length, operation.id).toBeGreaterThan(2);
    }
  });
});

describe("the property phase, on the reference node", () => {
  it("finds no fault in a short run, the known disagreement aside", async () => {
    const report = await runPropertyPhase({
      baseUrl: node.url,
      key: await node.key("ma-09"),
      adminKey: node.operatorKey,
      chamber: "ma-09",
      seed: 42,
      runs: 4,
      knownRefusals: ["too_small@/body/identifiers/rc/court"],
    });
    expect(report.failures).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.checks.still_alive.passed).toBe(1);
  });
});

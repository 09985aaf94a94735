// events (issue 13)
import {
  Agreement,
  Chamber,
  Event,
  Lease,
  LeasePayment,
  Member,
  MemberPublic,
  Registration,
  Unit,
} from "@ghorfa/schemas";
import * as valid from "@ghorfa/testing/arbitraries";
import * as validDomain from "@ghorfa/testing/domain-arbitraries";
import {
  type Issue,
  isSaidByJsonSchema,
  json,
  mutated,
  placesOf,
  replacements,
} from "@ghorfa/testing/json-schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { openapi } from "../src/openapi/document";
import { routes } from "../src/routes";
import { documentAjv } from "./document-ajv";

// The JSON Schemas of openapi.json against the zod schemas they come from: what zod makes passes
// them; what zod refuses for a reason JSON Schema can say, they refuse too. The entities'
// generators of valid values, and the comparison's helpers, live in @ghorfa/testing.

const doc = JSON.parse(JSON.stringify(openapi())) as ReturnType<typeof openapi>;
const { validatorOf, validatorFor } = documentAjv(doc);

const ENTITIES: [string, z.ZodType, fc.Arbitrary<unknown>][] = [
  ["Chamber", Chamber, valid.chamber],
  ["Member", Member, valid.member],
  ["MemberPublic", MemberPublic, valid.memberPublic],
  ["Unit", Unit, validDomain.unit],
  ["Lease", Lease, validDomain.lease],
  ["LeasePayment", LeasePayment, validDomain.leasePayment],
  ["Agreement", Agreement, validDomain.agreement],
  // events (issue 13)
  ["Event", Event, validDomain.event],
  ["Registration", Registration, validDomain.registration],
];

const replacement = replacements(
  "",
  " ",
  "\u00a0\n",
  "MA-09",
  "x".repeat(300),
  -1,
  0,
  0.5,
  2 ** 53,
  null,
  true,
  [],
  {},
);

describe("openapi.json's schemas against zod", () => {
  it.each(ENTITIES)(
    "accepts every valid %s, whose JSON round-trips through zod unchanged",
    (name, zod, values) => {
      const output = validatorOf(name);
      const input = validatorOf(`${name}Input` in doc.components.schemas ? `${name}Input` : name);
      fc.assert(
        fc.property(values, (value) => {
          const wire = json(value);
          expect(wire).toEqual(value);
          expect(zod.parse(wire)).toEqual(value);
          expect(output(wire), JSON.stringify(output.errors)).toBe(true);
          expect(input(wire), JSON.stringify(input.errors)).toBe(true);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(ENTITIES)(
    "refuses a changed %s that zod refuses for a reason JSON Schema can say, and accepts what zod makes of the rest",
    (name, zod, values) => {
      const validate = validatorOf(name);
      const change = fc.record({ value: values, at: fc.nat(), to: replacement });
      fc.assert(
        fc.property(change, ({ value, at, to }) => {
          const places = placesOf(value).slice(1);
          const changed = mutated(value, places[at % places.length] as (string | number)[], to);
          const parsed = zod.safeParse(changed);
          if (parsed.success) expect(validate(json(parsed.data)), JSON.stringify(validate.errors)).toBe(true);
          else if ((parsed.error.issues as Issue[]).some(isSaidByJsonSchema))
            expect(validate(changed), JSON.stringify(parsed.error.issues)).toBe(false);
        }),
        { numRuns: 300 },
      );
    },
  );

  it("accepts request bodies and pages built from valid entities, as the operations describe them", () => {
    const operation = (path: string, method: string) =>
      doc.paths[path]?.[method] as {
        requestBody?: { content: { "application/json": { schema: unknown } } };
        responses: Record<string, { content?: { "application/json": { schema: unknown } } }>;
      };
    const create = operation("/chambers/{chamberId}/members", "post");
    const createBody = validatorFor(create.requestBody?.content["application/json"].schema);
    const list = operation("/chambers/{chamberId}/members", "get");
    const page = validatorFor(list.responses["200"]?.content?.["application/json"].schema);
    fc.assert(
      fc.property(fc.array(fc.oneof(valid.member, valid.memberPublic), { maxLength: 4 }), (members) => {
        const [first] = members;
        if (first && "contacts" in first) {
          const { id: _i, chamberId: _c, status: _s, createdAt: _a, updatedAt: _u, ...body } = first;
          expect(routes["members.create"].body.safeParse(body).success).toBe(true);
          expect(createBody(json(body)), JSON.stringify(createBody.errors)).toBe(true);
        }
        const answer = { items: members, nextCursor: null };
        expect(routes["members.list"].responses[200].safeParse(answer).success).toBe(true);
        expect(page(json(answer)), JSON.stringify(page.errors)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

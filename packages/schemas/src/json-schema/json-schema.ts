import * as z from "zod";
import type { EntitySchema } from "../entities";
import { asciiDigits, nestRules, openConditions, refuseBlank } from "./json-schema-rewrites";

/** Where the published files live; a `$id` is this plus `<name>.json`. */
export const JSON_SCHEMA_BASE_URL = "https://cdn.jsdelivr.net/npm/@ghorfa/schemas/json-schema/";

/**
 * The JSON Schema (2020-12) of `entity`'s canonical wire form. `io: "output"` because that is what
 * a node sends and stores: phones already in E.164, defaults (a Money's currency) filled in. Every
 * output is also a valid input (the round-trip tests prove it), so a document that passes this
 * schema is accepted by any Ghorfa node, but for the few rules listed in the README.
 *
 * What zod writes is then made to say what zod means to other tools (json-schema-rewrites.ts):
 * trimmed texts that must not be blank, `[0-9]` for `\d`, open `if`/`then` conditions, and
 * "Arabic or French" under `allOf`.
 */
export function entityJsonSchema(entity: EntitySchema): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(entity.schema, {
    target: "draft-2020-12",
    io: "output",
    override: refuseBlank,
  });
  return {
    $schema,
    $id: `${JSON_SCHEMA_BASE_URL}${entity.name}.json`,
    title: entity.title,
    description: entity.description,
    ...nestRules(openConditions(asciiDigits(body))),
  };
}

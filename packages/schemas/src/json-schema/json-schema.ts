import * as z from "zod";
import type { EntitySchema } from "../entities";
import { asciiDigits, nestRules, openConditions, refuseBlank } from "./json-schema-rewrites";

/**
 * The `$id` of an entity's file in one release of the package (`version` from its package.json,
 * which the build reads): the file as that release shipped it, so that two releases' schemas never
 * share an id in a validator's cache, and a `$ref` to one keeps meaning what it meant.
 */
export function jsonSchemaId(name: string, version: string): string {
  return `https://cdn.jsdelivr.net/npm/@ghorfa/schemas@${version}/json-schema/${name}.json`;
}

/**
 * The JSON Schema (2020-12) of `entity`'s canonical wire form, as release `version` ships it. `io: "output"` because that is what
 * a node sends and stores: phones already in E.164, defaults (a Money's currency) filled in. Every
 * output is also a valid input (the round-trip tests prove it), so a document that passes this
 * schema is accepted by any Ghorfa node, but for the few rules listed in the README.
 *
 * What zod writes is then made to say what zod means to other tools (json-schema-rewrites.ts):
 * trimmed texts that must not be blank, `[0-9]` for `\d`, open `if`/`then` conditions, and
 * "Arabic or French" under `allOf`.
 */
export function entityJsonSchema(entity: EntitySchema, version: string): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(entity.schema, {
    target: "draft-2020-12",
    io: "output",
    override: refuseBlank,
  });
  return {
    $schema,
    $id: jsonSchemaId(entity.name, version),
    title: entity.title,
    description: entity.description,
    ...nestRules(openConditions(asciiDigits(body))),
  };
}

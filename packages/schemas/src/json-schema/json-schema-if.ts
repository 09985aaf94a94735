// JSON Schema's `if`/`then`/`else`, for `.meta()` on schemas whose refinements JSON Schema can
// express. Built from entries so that no object literal in the source has a `then` key: such an
// object is a thenable, and `await` on it would misbehave (Biome's noThenProperty).

type Json = Record<string, unknown>;

/** `{ if: condition, then: consequence, else?: alternative }` as a JSON Schema fragment. */
export function jsonSchemaIf(condition: Json, consequence: Json, alternative?: Json): Json {
  const entries: [string, Json][] = [
    ["if", condition],
    ["then", consequence],
  ];
  if (alternative) entries.push(["else", alternative]);
  return Object.fromEntries(entries);
}

/** The JSON Schema of an object whose `key` equals `value` (or is one of `value`). */
export function whereKey(key: string, value: string | readonly string[]): Json {
  const test = typeof value === "string" ? { const: value } : { enum: [...value] };
  return { type: "object", properties: { [key]: test } };
}

/** The JSON Schema of an object that has `key`, of JSON type `type`. */
export function withKey(key: string, type: string): Json {
  return { type: "object", properties: { [key]: { type } }, required: [key] };
}

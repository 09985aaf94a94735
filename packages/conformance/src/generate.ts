import fc from "fast-check";
import type { JsonSchema, OpenApiDocument, SchemaObject } from "./document";
import { narrow, type Shape, shapeOf, typesOf } from "./schema-shape";
import type { Validator } from "./validator";

/**
 * A value the node showed earlier for a `$ref`'d schema (an id, a date…), chosen when the request
 * is sent, so that later requests reach records that exist; `fallback` when there is none.
 */
export class Pooled {
  constructor(
    readonly ref: string,
    readonly pick: number,
    readonly fromPool: boolean,
    readonly fallback: unknown,
  ) {}
}

export interface GeneratorContext {
  readonly document: OpenApiDocument;
  readonly validator: Validator;
  /** Strings that travel in a header: visible ASCII only (fetch refuses the rest). */
  readonly ascii?: boolean;
}

const VISIBLE_ASCII = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));

/**
 * `pattern` without its lookahead and lookbehind groups, which fast-check's stringMatching cannot
 * generate from: strings are drawn from the rest, then kept only when the whole pattern matches.
 */
export function withoutLookarounds(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[=!]/.test(pattern.slice(i, i + 4))) {
      let depth = 0;
      for (; i < pattern.length; i++) {
        if (pattern[i] === "\\") i++;
        else if (pattern[i] === "[")
          while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
        else if (pattern[i] === "(") depth++;
        else if (pattern[i] === ")" && --depth === 0) break;
      }
    } else out += pattern[i];
  }
  return out;
}

/**
 * Strings drawn from one of `patterns` (all of which they must match): the one whose strings most
 * often match the others too, found on a small deterministic sample.
 */
function bestPatternArbitrary(patterns: string[], regexes: RegExp[]): fc.Arbitrary<string> {
  let best: { arbitrary: fc.Arbitrary<string>; hits: number } | undefined;
  for (const pattern of patterns) {
    const arbitrary = fc.stringMatching(new RegExp(withoutLookarounds(pattern), "u"), { size: "small" });
    if (patterns.length === 1) return arbitrary;
    const hits = fc
      .sample(arbitrary, { seed: 0, numRuns: 50 })
      .filter((s) => regexes.every((r) => r.test(s))).length;
    if (!best || hits > best.hits) best = { arbitrary, hits };
  }
  return (best as { arbitrary: fc.Arbitrary<string> }).arbitrary;
}

const formatSchemas = new Map<string, JsonSchema>();
/** `{ type: "string", format }`, one object per format so that its compiled validator is reused. */
function formatSchema(format: string): JsonSchema {
  let schema = formatSchemas.get(format);
  if (!schema) {
    schema = { type: "string", format };
    formatSchemas.set(format, schema);
  }
  return schema;
}

function stringArbitrary(shape: Shape, ctx: GeneratorContext): fc.Arbitrary<string> {
  const minLength = shape.minLength ?? 0;
  const maxLength = shape.maxLength ?? Number.POSITIVE_INFINITY;
  const lengthOk = (s: string) => {
    const n = [...s].length;
    return n >= minLength && n <= maxLength;
  };
  let base: fc.Arbitrary<string>;
  // The full patterns, lookarounds included, are what a generated string must match.
  const regexes = shape.patterns.map((p) => new RegExp(p, "u"));
  const knownFormat =
    shape.format !== undefined && ["date", "date-time", "email", "uri", "url"].includes(shape.format);
  // A pattern open at its end (`^https?://`) only narrows a format: generate from the format then.
  if (shape.patterns.length > 0 && (!knownFormat || shape.patterns.some((p) => p.endsWith("$")))) {
    base = bestPatternArbitrary(shape.patterns, regexes);
  } else if (shape.format === "date") {
    base = fc
      .date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  } else if (shape.format === "date-time") {
    base = fc
      .date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString());
  } else if (shape.format === "email") {
    base = fc.emailAddress();
  } else if (shape.format === "uri" || shape.format === "url") {
    base = fc.webUrl();
  } else if (ctx.ascii) {
    base = fc.string({ unit: VISIBLE_ASCII, minLength, maxLength: Math.min(maxLength, minLength + 40) });
  } else {
    base = fc.string({ unit: "grapheme", minLength, maxLength: Math.min(maxLength, minLength + 40) });
  }
  const format = shape.format === undefined ? undefined : formatSchema(shape.format);
  return base.filter(
    (s) =>
      lengthOk(s) &&
      regexes.every((r) => r.test(s)) &&
      (format === undefined || ctx.validator.isValid(format, s)),
  );
}

function numberArbitrary(shape: Shape, integer: boolean): fc.Arbitrary<number> {
  const lower = Math.max(
    shape.minimum ?? Number.NEGATIVE_INFINITY,
    shape.exclusiveMinimum === undefined
      ? Number.NEGATIVE_INFINITY
      : shape.exclusiveMinimum + (integer ? 1 : 1e-9),
  );
  const upper = Math.min(
    shape.maximum ?? Number.POSITIVE_INFINITY,
    shape.exclusiveMaximum === undefined
      ? Number.POSITIVE_INFINITY
      : shape.exclusiveMaximum - (integer ? 1 : 1e-9),
  );
  if (integer) {
    const min = Number.isFinite(lower) ? Math.ceil(lower) : -1_000_000;
    const max = Number.isFinite(upper) ? Math.floor(upper) : Math.max(min, 0) + 1_000_000;
    // The bounds themselves are where off-by-one answers hide: draw them often.
    return fc.oneof(
      { arbitrary: fc.integer({ min, max }), weight: 4 },
      { arbitrary: fc.constantFrom(min, max), weight: 1 },
    );
  }
  return fc.double({
    min: Number.isFinite(lower) ? lower : -1e9,
    max: Number.isFinite(upper) ? upper : 1e9,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

function objectArbitrary(shape: Shape, ctx: GeneratorContext, depth: number): fc.Arbitrary<unknown> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, schema] of Object.entries(shape.properties))
    model[key] = valueArbitrary(schema, ctx, depth + 1);
  // A required key the schema does not describe: any small value of no particular type.
  for (const key of shape.required) model[key] ??= fc.constant("x");
  return fc.record(model, { requiredKeys: shape.required });
}

function shapeArbitrary(shape: Shape, ctx: GeneratorContext, depth: number): fc.Arbitrary<unknown> {
  const { document, validator } = ctx;
  if (!shape.satisfiable) throw new Error("the document has a schema that accepts nothing");
  const [alternatives, ...restAlternatives] = shape.alternatives;
  if (alternatives) {
    const rest = { ...shape, alternatives: restAlternatives };
    return fc.oneof(
      ...alternatives.map((branch) => shapeArbitrary(narrow(rest, branch, document), ctx, depth)),
    );
  }
  const [conditional, ...restConditionals] = shape.conditionals;
  if (conditional) {
    const rest = { ...shape, conditionals: restConditionals };
    const whole = conditional as unknown as SchemaObject;
    const taken = narrow(narrow(rest, conditional.if, document), conditional.then ?? true, document);
    const other = conditional.else === undefined ? rest : narrow(rest, conditional.else, document);
    return fc
      .oneof(shapeArbitrary(taken, ctx, depth), shapeArbitrary(other, ctx, depth))
      .filter((value) => validator.isValid(whole, value));
  }
  let arbitrary: fc.Arbitrary<unknown>;
  if (shape.hasConst) arbitrary = fc.constant(shape.const);
  else if (shape.enum) arbitrary = fc.constantFrom(...shape.enum);
  else {
    const types = typesOf(shape);
    const byType = (type: string): fc.Arbitrary<unknown> => {
      switch (type) {
        case "null":
          return fc.constant(null);
        case "boolean":
          return fc.boolean();
        case "integer":
          return numberArbitrary(shape, true);
        case "number":
          return numberArbitrary(shape, false);
        case "string":
          return stringArbitrary(shape, ctx);
        case "array": {
          const items =
            shape.items === undefined ? fc.constant("x") : valueArbitrary(shape.items, ctx, depth + 1);
          const minLength = shape.minItems ?? 0;
          const maxLength = Math.min(shape.maxItems ?? minLength + 3, minLength + 3);
          return shape.uniqueItems
            ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
            : fc.array(items, { minLength, maxLength });
        }
        case "object":
          return objectArbitrary(shape, ctx, depth);
        default:
          throw new Error(`unknown JSON Schema type ${type}`);
      }
    };
    arbitrary =
      types.length === 0
        ? fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ unit: VISIBLE_ASCII }))
        : fc.oneof(...types.map(byType));
  }
  if (shape.nots.length > 0) {
    const nots = shape.nots;
    arbitrary = arbitrary.filter((value) => nots.every((not) => !validator.isValid(not, value)));
  }
  return arbitrary;
}

const cache = new WeakMap<object, Map<boolean, fc.Arbitrary<unknown>>>();

/** Values valid against `schema`, built from its keywords (JSON Schema 2020-12, local `$ref`s). */
export function valueArbitrary(schema: JsonSchema, ctx: GeneratorContext, depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema === "boolean") return schema ? fc.constant("x") : fc.constant(undefined);
  const ascii = ctx.ascii === true;
  const cached = cache.get(schema)?.get(ascii);
  if (cached) return cached;
  if (depth > 24) throw new Error("schema nesting too deep to generate (a recursive schema?)");
  let arbitrary = shapeArbitrary(shapeOf(schema, ctx.document), ctx, depth);
  const ref = (schema as SchemaObject).$ref;
  if (typeof ref === "string" && Object.keys(schema).length === 1) {
    const shape = shapeOf(schema, ctx.document);
    if (typesOf(shape).every((t) => t === "string") && shape.patterns.length > 0) {
      const fallback = arbitrary;
      arbitrary = fc
        .record({ pick: fc.nat(), fromPool: fc.boolean(), fallback })
        .map(({ pick, fromPool, fallback: value }) => new Pooled(ref, pick, fromPool, value));
    }
  }
  if (!cache.has(schema)) cache.set(schema, new Map());
  cache.get(schema)?.set(ascii, arbitrary);
  return arbitrary;
}

/** Values the node has answered, by `$ref`, the newest last. */
export class ValuePools {
  private readonly pools = new Map<string, string[]>();
  constructor(
    private readonly document: OpenApiDocument,
    private readonly validator: Validator,
    private readonly size = 64,
  ) {}

  private readonly watched = new Map<string, RegExp[]>();

  /**
   * Looks for values of `ref` (a path parameter's schema) in every string of every answer, not only
   * where the document names `ref`: a response schema may spell the same id out inline.
   */
  watch(ref: string): void {
    if (this.watched.has(ref)) return;
    const patterns = shapeOf({ $ref: ref }, this.document).patterns;
    if (patterns.length > 0)
      this.watched.set(
        ref,
        patterns.map((p) => new RegExp(p, "u")),
      );
  }

  /** Every string in `value` that matches a watched `$ref`'s patterns. */
  harvestWatched(value: unknown, depth = 0): void {
    if (depth > 24) return;
    if (typeof value === "string") {
      for (const [ref, regexes] of this.watched)
        if (regexes.every((r) => r.test(value))) this.add(ref, value);
    } else if (Array.isArray(value)) {
      for (const item of value) this.harvestWatched(item, depth + 1);
    } else if (value !== null && typeof value === "object") {
      for (const child of Object.values(value)) this.harvestWatched(child, depth + 1);
    }
  }

  add(ref: string, value: string): void {
    const pool = this.pools.get(ref) ?? [];
    if (pool.includes(value)) return;
    pool.push(value);
    if (pool.length > this.size) pool.shift();
    this.pools.set(ref, pool);
  }

  /** Every `$ref`'d string in `value`, read along `schema` (the response's documented schema). */
  harvest(schema: JsonSchema, value: unknown, depth = 0): void {
    if (typeof schema === "boolean" || depth > 24 || value === undefined) return;
    const ref = (schema as SchemaObject).$ref;
    if (typeof ref === "string" && typeof value === "string" && this.validator.isValid(schema, value)) {
      this.add(ref, value);
      return;
    }
    const shape = shapeOf(schema, this.document);
    const branches = [...shape.alternatives.flat(), ...shape.conditionals.flatMap((c) => [c.then, c.else])];
    for (const branch of branches) if (branch !== undefined) this.harvest(branch, value, depth + 1);
    if (Array.isArray(value) && shape.items !== undefined) {
      for (const item of value) this.harvest(shape.items, item, depth + 1);
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const property = shape.properties[key];
        if (property !== undefined) this.harvest(property, child, depth + 1);
      }
    }
  }

  /** `value` with every Pooled in it replaced by a value from the pool, or its fallback. */
  materialize(value: unknown): unknown {
    if (value instanceof Pooled) {
      const pool = this.pools.get(value.ref);
      return value.fromPool && pool && pool.length > 0
        ? pool[pool.length - 1 - (value.pick % pool.length)]
        : value.fallback;
    }
    if (Array.isArray(value)) return value.map((v) => this.materialize(v));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.materialize(v)]));
    }
    return value;
  }
}

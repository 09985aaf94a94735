import type { JsonSchema } from "../openapi/json-schema";
import { hasOwnConstraints, type Resolved, resolve } from "./resolve";

export type BreakingKind =
  | "route-removed"
  | "response-status-changed"
  | "response-field-removed"
  | "request-field-required"
  | "request-field-removed"
  | "enum-value-removed"
  | "type-narrowed"
  | "type-widened"
  | "scope-tightened";

export interface BreakingChange {
  readonly kind: BreakingKind;
  /** Where: `<route key> <part>.<field path>`. */
  readonly where: string;
  readonly detail: string;
}

/** Requests must still accept what they accepted; responses must not send what they did not. */
export type Direction = "request" | "response";

/** Bounds a request may loosen but not tighten; `min` ones tighten upwards. */
const BOUNDS = {
  minimum: "min",
  exclusiveMinimum: "min",
  minLength: "min",
  minItems: "min",
  minProperties: "min",
  minContains: "min",
  maximum: "max",
  exclusiveMaximum: "max",
  maxLength: "max",
  maxItems: "max",
  maxProperties: "max",
  maxContains: "max",
} as const;

/** Rules a request must not gain (or change): each refuses values that were accepted. */
const RULES = ["multipleOf", "uniqueItems", "contains", "not", "if", "then", "else"] as const;
const RULE_MAPS = ["dependentRequired", "dependentSchemas"] as const;

const text = (value: unknown) => JSON.stringify(value);

const jsonType = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "array"
      : Number.isInteger(value)
        ? "integer"
        : typeof value;

/**
 * Compares two JSON Schemas of one place of the contract, in one direction. Requests: every value
 * the former schema accepted must still be accepted. Responses: every field a client read must
 * still be sent, with no type the client did not expect; new fields and new enum values are fine
 * (clients ignore what they do not know), and so are looser value bounds.
 */
export class SchemaDiff {
  readonly changes: BreakingChange[] = [];

  /** `before` and `after` hold the named schemas that `$ref`s point to. */
  constructor(
    private readonly beforeRoot: Record<string, JsonSchema>,
    private readonly afterRoot: Record<string, JsonSchema>,
  ) {}

  /** `A.or(z.literal("x"))` is an enum with one more value: union branches of values become one enum. */
  private mergeEnumBranches(schema: Resolved, root: Record<string, JsonSchema>): Resolved {
    const branches = schema.anyOf ?? schema.oneOf;
    if (!branches || hasOwnConstraints(schema)) return schema;
    const resolved = branches.map((branch) => resolve(branch, root));
    const isValues = (b: Resolved) =>
      (b.enum !== undefined || b.const !== undefined) && !b.properties && !b.items;
    const values = resolved.filter(isValues).flatMap((b) => b.enum ?? [b.const]);
    const others = branches.filter((_, i) => !isValues(resolved[i] as Resolved));
    if (values.length === 0 || branches.length - others.length < 2) return schema;
    const merged: Resolved = { enum: [...new Set(values)] };
    if (others.length === 0) return merged;
    const { anyOf: _any, oneOf: _one, ...rest } = schema;
    return { ...rest, anyOf: [merged, ...others] };
  }

  private read(schema: JsonSchema, root: Record<string, JsonSchema>): Resolved {
    return this.mergeEnumBranches(resolve(schema, root), root);
  }

  private report(kind: BreakingKind, where: string, detail: string): void {
    this.changes.push({ kind, where, detail });
  }

  compare(before: JsonSchema, after: JsonSchema, direction: Direction, where: string, depth = 0): void {
    if (depth > 64) return;
    const a = this.read(before, this.beforeRoot);
    const b = this.read(after, this.afterRoot);
    // Equal text is equal schemas only when no ref inside points at a schema that may differ.
    const same = text(a);
    if (same === text(b) && !same.includes('"$ref"')) return;
    // A union of types (`X | null`, `Member | MemberPublic`) is compared branch by branch; a
    // union beside other constraints (LocalizedText's "ar or fr") is one more rule of the schema.
    const isTypeUnion = (s: Resolved) => (s.anyOf ?? s.oneOf) !== undefined && !hasOwnConstraints(s);
    if (isTypeUnion(a) || isTypeUnion(b)) {
      this.compareUnions(a, b, direction, where, depth);
      return;
    }
    this.compareEnums(a, b, direction, where);
    this.compareTypes(a, b, direction, where);
    this.compareFormats(a, b, direction, where);
    if (direction === "request") this.compareRules(a, b, where);
    if (a.properties || b.properties || a.additionalProperties || b.additionalProperties)
      this.compareObjects(a, b, direction, where, depth);
    if (a.items && b.items) this.compare(a.items, b.items, direction, `${where}[]`, depth + 1);
    const tupleA = a.prefixItems ?? [];
    const tupleB = b.prefixItems ?? [];
    for (let i = 0; i < Math.min(tupleA.length, tupleB.length); i++) {
      this.compare(tupleA[i] as JsonSchema, tupleB[i] as JsonSchema, direction, `${where}[${i}]`, depth + 1);
    }
  }

  private typesOf(s: Resolved): Set<string> {
    if (s.const !== undefined) return new Set([jsonType(s.const)]);
    if (s.enum) return new Set(s.enum.map(jsonType));
    if (s.type === undefined) return new Set(["any"]);
    return new Set(Array.isArray(s.type) ? s.type : [s.type]);
  }

  /** Whether every value of type `t` is one of `types`. */
  private covers(types: Set<string>, t: string): boolean {
    return types.has("any") || types.has(t) || (t === "integer" && types.has("number"));
  }

  private compareTypes(a: Resolved, b: Resolved, direction: Direction, where: string): void {
    const ta = this.typesOf(a);
    const tb = this.typesOf(b);
    if (direction === "request") {
      const lost = [...ta].filter((t) => !this.covers(tb, t));
      if (lost.length) this.report("type-narrowed", where, `no longer accepts ${lost.join(", ")}`);
    } else {
      const gained = [...tb].filter((t) => !this.covers(ta, t));
      if (gained.length) this.report("type-widened", where, `may now send ${gained.join(", ")}`);
    }
  }

  /**
   * An enum value removed breaks both ways: a client may send it, or branch on it (a value
   * renamed is one removed and one added). A value added breaks neither.
   */
  private compareEnums(a: Resolved, b: Resolved, direction: Direction, where: string): void {
    const ea = a.enum ?? (a.const !== undefined ? [a.const] : undefined);
    const eb = b.enum ?? (b.const !== undefined ? [b.const] : undefined);
    if (ea && eb) {
      const removed = ea.filter((v) => !eb.some((w) => text(w) === text(v)));
      if (removed.length)
        this.report("enum-value-removed", where, `removed ${removed.map((v) => text(v)).join(", ")}`);
    } else if (eb && direction === "request") {
      this.report("type-narrowed", where, "now accepts only listed values");
    } else if (ea && direction === "response") {
      this.report("type-widened", where, "may now send values outside the former list");
    }
  }

  /**
   * A format is a type to typed clients (`date-time` becomes a date object in most generators):
   * a request must not gain or change one, a response must not lose or change one.
   */
  private compareFormats(a: Resolved, b: Resolved, direction: Direction, where: string): void {
    if (a.format === b.format) return;
    if (direction === "request" && b.format !== undefined)
      this.report("type-narrowed", where, `format ${a.format ?? "none"} → ${b.format}`);
    if (direction === "response" && a.format !== undefined)
      this.report("type-widened", where, `format ${a.format} → ${b.format ?? "none"}`);
  }

  private compareRules(a: Resolved, b: Resolved, where: string): void {
    for (const [key, side] of Object.entries(BOUNDS)) {
      const va = a[key] as number | undefined;
      const vb = b[key] as number | undefined;
      if (vb === undefined || va === vb) continue;
      const tighter = va === undefined || (side === "min" ? vb > va : vb < va);
      if (tighter) this.report("type-narrowed", where, `${key} ${va ?? "none"} → ${vb}`);
    }
    const patterns = new Set(a.patterns ?? []);
    for (const pattern of b.patterns ?? []) {
      if (!patterns.has(pattern)) this.report("type-narrowed", where, `new pattern ${text(pattern)}`);
    }
    for (const key of RULES) {
      if (b[key] === undefined || text(a[key]) === text(b[key])) continue;
      if (key === "uniqueItems" && b[key] === false) continue;
      this.report("type-narrowed", where, `${key} ${text(a[key] ?? null)} → ${text(b[key])}`);
    }
    for (const key of RULE_MAPS) {
      const ma = (a[key] ?? {}) as Record<string, unknown>;
      for (const [name, rule] of Object.entries((b[key] ?? {}) as Record<string, unknown>)) {
        if (text(ma[name]) !== text(rule))
          this.report("type-narrowed", `${where}.${name}`, `new ${key} rule`);
      }
    }
    const unionA = new Set((a.anyOf ?? a.oneOf ?? []).map(text));
    const unionB = b.anyOf ?? b.oneOf;
    if (unionB && (unionA.size === 0 || [...unionA].some((branch) => !unionB.map(text).includes(branch))))
      this.report("type-narrowed", where, "new or narrower anyOf/oneOf rule");
  }

  private compareObjects(a: Resolved, b: Resolved, direction: Direction, where: string, depth: number): void {
    const pa = a.properties ?? {};
    const pb = b.properties ?? {};
    const ra = new Set(a.required ?? []);
    const rb = new Set(b.required ?? []);
    for (const key of Object.keys(pa)) {
      const at = `${where}.${key}`;
      const inB = pb[key];
      if (inB === undefined) {
        this.report(
          direction === "request" ? "request-field-removed" : "response-field-removed",
          at,
          "field removed",
        );
        continue;
      }
      if (direction === "response" && ra.has(key) && !rb.has(key)) {
        this.report("response-field-removed", at, "no longer always present");
      }
      this.compare(pa[key] as JsonSchema, inB, direction, at, depth + 1);
    }
    if (direction === "request") {
      for (const key of rb) {
        if (!ra.has(key)) {
          this.report(
            "request-field-required",
            `${where}.${key}`,
            key in pa ? "made required" : "new required field",
          );
        }
      }
      if (b.additionalProperties === false && a.additionalProperties !== false)
        this.report("type-narrowed", where, "no longer accepts properties it does not list");
    }
    const extraA = a.additionalProperties;
    const extraB = b.additionalProperties;
    if (typeof extraA === "object" && typeof extraB === "object")
      this.compare(extraA, extraB, direction, `${where}{}`, depth + 1);
    if (a.propertyNames && b.propertyNames && direction === "request")
      this.compare(a.propertyNames, b.propertyNames, direction, `${where}{keys}`, depth + 1);
  }

  private compareUnions(a: Resolved, b: Resolved, direction: Direction, where: string, depth: number): void {
    const branches = (s: Resolved): JsonSchema[] =>
      hasOwnConstraints(s) ? [s] : ((s.anyOf ?? s.oneOf ?? [s]) as JsonSchema[]);
    // Requests: every former branch must still be accepted by a branch; responses: every branch
    // sent now must have been announced by a former branch. The closest match is reported.
    const checked = direction === "request" ? branches(a) : branches(b);
    const against = direction === "request" ? branches(b) : branches(a);
    for (const branch of checked) {
      // A named branch is the same name on the other side (`Member` stays `Member`, even though
      // a Member would also pass for a MemberPublic); others are matched by shape.
      const namesake = against.find((other) => branch.$ref !== undefined && other.$ref === branch.$ref);
      let best: BreakingChange[] | undefined;
      for (const candidate of namesake ? [namesake] : against) {
        const diff = new SchemaDiff(this.beforeRoot, this.afterRoot);
        const [before, after] = direction === "request" ? [branch, candidate] : [candidate, branch];
        diff.compare(before, after, direction, where, depth + 1);
        if (best === undefined || diff.changes.length < best.length) best = diff.changes;
        if (best.length === 0) break;
      }
      if (best === undefined) {
        this.report(
          direction === "request" ? "type-narrowed" : "type-widened",
          where,
          "no branch left to match",
        );
      } else this.changes.push(...best);
    }
  }
}

/** The breaking changes between two JSON Schemas of one place, in one direction; refs resolve in `roots`. */
export function diffSchemas(
  before: JsonSchema,
  after: JsonSchema,
  direction: Direction,
  where: string,
  roots: { before: Record<string, JsonSchema>; after: Record<string, JsonSchema> },
): BreakingChange[] {
  const diff = new SchemaDiff(roots.before, roots.after);
  diff.compare(before, after, direction, where);
  return diff.changes;
}

import * as z from "zod";
import type { RouteDefinition } from "../route";
import { type Io, type JsonSchema, mapRefs, REF_PREFIX, refsOf, registryToJsonSchemas } from "./json-schema";

const pascal = (key: string) =>
  key
    .split(/[.\-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");

const isZod = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && "_zod" in value;

/** One property of a params or query object, ready to become an OpenAPI parameter. */
export interface PropertyParameter {
  readonly name: string;
  readonly required: boolean;
  readonly schema: JsonSchema;
  readonly description?: string;
}

/**
 * The `components.schemas` of the document. Named schemas (every zod export of @ghorfa/schemas,
 * the contract's own) keep their export names, so `Member` here is `Member` there; a route's
 * unnamed schemas are named after its key (`MembersListResponse`). A schema whose request form
 * differs from its response form (defaults make fields optional on input) also gets an
 * `<Name>Input` variant, and requests refer to it.
 */
export class SchemaCatalog {
  private readonly registry = z.registry<{ id: string }>();
  private readonly output: Record<string, JsonSchema>;
  private readonly input: Record<string, JsonSchema>;
  /** Ids whose input form is the output form. */
  private readonly same: Set<string>;

  constructor(named: Record<string, unknown>, routes: readonly (RouteDefinition & { key: string })[]) {
    for (const [id, schema] of Object.entries(named)) if (isZod(schema)) this.name(schema, id);
    for (const route of routes) {
      const base = pascal(route.key);
      if (route.params) this.name(route.params, `${base}Params`, true);
      if (route.query) this.name(route.query, `${base}Query`, true);
      if (route.body) this.name(route.body, `${base}Body`, true);
      for (const schema of Object.values(route.responses))
        if (schema) this.name(schema, `${base}Response`, true);
      if (route.access.kind === "public-view") this.name(route.access.publicSchema, `${base}Public`, true);
    }
    this.output = registryToJsonSchemas(this.registry, "output", (id) => id);
    this.input = registryToJsonSchemas(this.registry, "input", (id) => `${id}Input`);
    for (const id of Object.keys(this.output)) {
      if (this.registry._idmap.has(`${id}Input`)) throw new Error(`Schema name ${id}Input is taken`);
    }
    this.same = this.sameForms();
  }

  private name(schema: z.ZodType, id: string, onlyIfUnnamed = false): void {
    const existing = this.registry.get(schema)?.id;
    if (existing !== undefined && onlyIfUnnamed) return;
    const holder = this.registry._idmap.get(id);
    if (holder !== undefined && holder !== schema) throw new Error(`Two schemas are named ${id}`);
    if (existing !== undefined && existing !== id) throw new Error(`${id} is also exported as ${existing}`);
    this.registry.add(schema, { id });
  }

  /**
   * The ids whose input and output forms are equal, once refs to equal ids are taken as equal:
   * the greatest fixpoint, so schemas that refer to each other are compared as a whole.
   */
  private sameForms(): Set<string> {
    const same = new Set(Object.keys(this.output));
    let changed = true;
    while (changed) {
      changed = false;
      for (const id of same) {
        const input = this.rewriteInput(this.input[id], same);
        if (JSON.stringify(input) !== JSON.stringify(this.output[id])) {
          same.delete(id);
          changed = true;
        }
      }
    }
    return same;
  }

  private rewriteInput(schema: unknown, same: ReadonlySet<string>): unknown {
    return mapRefs(schema, (ref) => {
      const id = ref.slice(REF_PREFIX.length).replace(/Input$/, "");
      return `${REF_PREFIX}${same.has(id) ? id : `${id}Input`}`;
    });
  }

  private idOf(schema: z.ZodType, io: Io): string {
    const id = this.registry.get(schema)?.id;
    if (id === undefined) throw new Error("Schema is not in the catalog");
    return io === "output" || this.same.has(id) ? id : `${id}Input`;
  }

  /** A `$ref` to `schema` as a request (`input`) or a response (`output`) holds it. */
  ref(schema: z.ZodType, io: Io): JsonSchema {
    return { $ref: `${REF_PREFIX}${this.idOf(schema, io)}` };
  }

  /** The properties of an object schema (params, query) as parameters. */
  parameters(schema: z.ZodObject, io: Io): PropertyParameter[] {
    const json = this.get(this.idOf(schema, io)) as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    return Object.entries(json.properties ?? {}).map(([name, property]) => {
      const { description, ...rest } = property;
      return {
        name,
        required: json.required?.includes(name) ?? false,
        schema: rest,
        ...(typeof description === "string" ? { description } : {}),
      };
    });
  }

  private get(id: string): JsonSchema {
    const output = this.output[id];
    if (output !== undefined) return output;
    const base = id.replace(/Input$/, "");
    if (this.input[base] === undefined || this.same.has(base)) throw new Error(`No schema ${id}`);
    return this.rewriteInput(this.input[base], this.same) as JsonSchema;
  }

  /** The schemas `roots` refer to, directly or through each other, by name. */
  components(roots: unknown): Record<string, JsonSchema> {
    const todo = [...refsOf(roots)];
    const out: Record<string, JsonSchema> = {};
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (out[id]) continue;
      out[id] = this.get(id);
      todo.push(...refsOf(out[id]));
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  }
}

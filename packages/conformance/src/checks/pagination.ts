import type { Operation } from "../document";
import type { Check, CheckContext, Exchange, Skip } from "./context";
import {
  described,
  exampleBody,
  existingParams,
  isPaginated,
  isProblem,
  itemsOf,
  takesNoKey,
} from "./records";

/** Pages a walk reads at most on one list: enough to cross several cursors, few enough for a short run. */
const WALK_PAGES = 5;
/** The page size of a walk: small, so that a list of a few items still spans several pages. */
const WALK_LIMIT = 3;
/** The largest page the contract allows: the reference read, in one request. */
const REFERENCE_LIMIT = 100;

/** A list of the chamber, its path filled with records the run's key finds. */
interface List {
  readonly operation: Operation;
  readonly path: string;
  /** The key to read it with: the run's, or none for a list open to anyone without scopes. */
  readonly key: string | null;
}

/**
 * Every paginated list under the run's chamber the run can read, nested ones (a lease's payments)
 * through the first record of their parent list. Lists outside a chamber (the operator's keys) are
 * left out: the run's key cannot read them.
 */
async function chamberLists(context: CheckContext): Promise<List[]> {
  const lists: List[] = [];
  for (const operation of context.operations) {
    if (!isPaginated(operation) || !operation.path.startsWith("/chambers/{chamberId}/")) continue;
    const params = await existingParams(context, operation.path);
    if (!params) continue;
    const open = takesNoKey(context, operation) && operation.scopes.length === 0;
    lists.push({ operation, path: context.path(operation.path, params), key: open ? null : context.key });
  }
  return lists;
}

function idOf(item: Record<string, unknown>): string | undefined {
  return typeof item.id === "string" ? item.id : undefined;
}

function nextCursorOf(exchange: Exchange): string | undefined {
  const next = (exchange.json as { nextCursor?: unknown } | undefined)?.nextCursor;
  return typeof next === "string" && next !== "" ? next : undefined;
}

interface Walk {
  /** Ids in the order the pages gave them, repeats kept. */
  readonly ids: string[];
  /** The list's end was reached (a page without a next cursor). */
  readonly complete: boolean;
  /** The last exchange of the walk, the evidence of a failure. */
  readonly last: Exchange;
}

/**
 * Follows a list's cursors from its first page, `limit` items a page, for at most `pages` pages.
 * `beforePage` runs before each page after the first (the concurrent inserts of GH-PAGE-003).
 * A page that is not a page answer ends the walk with a failure.
 */
async function walk(
  context: CheckContext,
  list: List,
  options: { limit: number; pages: number; beforePage?: (page: number) => Promise<void> },
): Promise<Walk | undefined> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let last: Exchange | undefined;
  for (let page = 0; page < options.pages; page++) {
    if (page > 0) await options.beforePage?.(page);
    const exchange = await context.call("GET", list.path, {
      key: list.key,
      query: { limit: options.limit, cursor },
    });
    last = exchange;
    const items = itemsOf(exchange);
    if (exchange.response.status !== 200 || items === undefined) {
      context.fail(
        exchange,
        `${list.operation.id}: each page of a cursor walk answers 200 with its items`,
        described(exchange),
      );
      return undefined;
    }
    for (const item of items) {
      const id = idOf(item);
      if (id !== undefined) ids.push(id);
    }
    cursor = nextCursorOf(exchange);
    if (cursor === undefined) return { ids, complete: true, last: exchange };
  }
  return last === undefined ? undefined : { ids, complete: false, last };
}

/** The ids of one large page of the list, or `undefined` (with a failure) when it is not a page. */
async function referenceRead(context: CheckContext, list: List): Promise<string[] | undefined> {
  const exchange = await context.call("GET", list.path, { key: list.key, query: { limit: REFERENCE_LIMIT } });
  const items = itemsOf(exchange);
  if (exchange.response.status !== 200 || items === undefined) {
    context.fail(exchange, `${list.operation.id} answers 200 with its items`, described(exchange));
    return undefined;
  }
  return items.flatMap((item) => idOf(item) ?? []);
}

/** A page size that makes a list of `count` items span several pages. */
function walkLimit(count: number): number {
  return Math.max(1, Math.min(WALK_LIMIT, Math.floor(count / 2)));
}

const NO_LIST: Skip = { skipped: "no paginated list of the chamber holds two items or more" };

/** GH-PAGE-001: no list gives an item twice across its pages. */
const noRepeat: Check = {
  requirement: "GH-PAGE-001",
  name: "walking a list's cursors repeats nothing",
  writes: false,
  async run(context) {
    let walked = 0;
    for (const list of await chamberLists(context)) {
      const reference = await referenceRead(context, list);
      if (reference === undefined || reference.length < 2) continue;
      const result = await walk(context, list, { limit: walkLimit(reference.length), pages: WALK_PAGES });
      if (!result) continue;
      walked += 1;
      const seen = new Set<string>();
      for (const id of result.ids) {
        if (seen.has(id)) {
          context.fail(
            result.last,
            `${list.operation.id}: walking its cursors gives each item once`,
            `${id} came again on a later page`,
          );
          break;
        }
        seen.add(id);
      }
    }
    return walked === 0 ? NO_LIST : undefined;
  },
};

/**
 * GH-PAGE-002: the walk gives every item of the large read. The walk is bounded, so it is compared
 * with the large read's first items, as many as the walk gave: both read the list in its one order.
 */
const noGap: Check = {
  requirement: "GH-PAGE-002",
  name: "walking a list's cursors skips nothing",
  writes: false,
  async run(context) {
    let walked = 0;
    for (const list of await chamberLists(context)) {
      const reference = await referenceRead(context, list);
      if (reference === undefined || reference.length < 2) continue;
      const limit = walkLimit(reference.length);
      const result = await walk(context, list, { limit, pages: WALK_PAGES });
      if (!result) continue;
      walked += 1;
      const seen = new Set(result.ids);
      const expected = result.complete ? reference : reference.slice(0, limit * WALK_PAGES);
      const missing = expected.filter((id) => !seen.has(id));
      if (missing.length > 0) {
        context.fail(
          result.last,
          `${list.operation.id}: walking its cursors (limit ${limit}) gives every item a single read of ${REFERENCE_LIMIT} gives`,
          `${missing.length} item(s) never came, ${missing.slice(0, 3).join(", ")} among them`,
        );
      }
    }
    return walked === 0 ? NO_LIST : undefined;
  },
};

/** An ICE of 15 digits with its control pair (97 minus the rest of the 13 digits and `00` by 97). */
function freshIce(): string {
  const first13 = Array.from({ length: 13 }, () => Math.floor(Math.random() * 10)).join("");
  const control = (97n - (BigInt(`${first13}00`) % 97n)) % 97n;
  return first13 + String(control).padStart(2, "0");
}

function digits(count: number): string {
  return String(Math.floor(Math.random() * 10 ** count)).padStart(count, "0");
}

/** The document's example member, made unique: a fresh ICE, RC, IF and TP, the run's tag in its name. */
function freshMember(context: CheckContext, operation: Operation): Record<string, unknown> {
  const example = structuredClone(exampleBody(context, operation) ?? {}) as Record<string, unknown>;
  const identifiers = (example.identifiers ?? {}) as Record<string, unknown>;
  const rc = (identifiers.rc ?? { court: "Agadir" }) as Record<string, unknown>;
  example.legalName = context.tagged(String(example.legalName ?? "Conformance member"));
  example.identifiers = {
    ...identifiers,
    ice: freshIce(),
    rc: { ...rc, number: digits(7) },
    if: digits(8),
    tp: digits(8),
  };
  const address = example.address as Record<string, unknown> | undefined;
  if (address && typeof address.region === "string") address.region = context.chamber;
  return example;
}

/**
 * GH-PAGE-003: members created while the members list is walked neither repeat nor hide the
 * members that were there before the walk. The members are the one list the contract says every
 * chamber keeps, and a member is the record the document gives a full example of.
 */
const stableUnderInserts: Check = {
  requirement: "GH-PAGE-003",
  name: "a list walked while members are created repeats and skips nothing",
  writes: true,
  async run(context) {
    const listing = context.operations.find((o) => o.id === "members.list");
    const create = context.operations.find((o) => o.id === "members.create");
    if (!listing || !create) return { skipped: "the document has no members.list and members.create" };
    const list: List = { operation: listing, path: context.path(listing.path), key: context.key };
    const before = await referenceRead(context, list);
    if (before === undefined) return undefined;
    if (before.length < 2) return { skipped: "the chamber lists fewer than two members" };
    const limit = walkLimit(before.length);
    let inserts = 0;
    const result = await walk(context, list, {
      limit,
      pages: Math.ceil(before.length / limit) + 2,
      beforePage: async () => {
        if (inserts >= WALK_PAGES) return;
        inserts += 1;
        const exchange = await context.call("POST", context.path(create.path), {
          headers: { "idempotency-key": context.idempotencyKey() },
          body: freshMember(context, create),
        });
        if (exchange.response.status !== 201) {
          context.fail(
            exchange,
            "members.create makes a member of the document's example",
            described(exchange),
          );
          return;
        }
        context.wrote("POST", exchange.response.headers.location ?? context.path(create.path));
      },
    });
    if (!result) return undefined;
    const counts = new Map<string, number>();
    for (const id of result.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const wrong = before.filter((id) => counts.get(id) !== 1);
    if (wrong.length > 0) {
      context.fail(
        result.last,
        `members.list walked (limit ${limit}) while members are created gives each member listed before the walk exactly once`,
        wrong
          .slice(0, 3)
          .map((id) => `${id} came ${counts.get(id) ?? 0} times`)
          .join("; "),
      );
    }
    return undefined;
  },
};

/** Text that no node makes a cursor of. */
const RANDOM_CURSOR = "not-a-cursor-%%-ghc";

/** `cursor` with its first byte flipped: decoded as base64url when it is, else its first character. */
function flipped(cursor: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(cursor)) {
    const bytes = Buffer.from(cursor, "base64url");
    if (bytes.length > 0) {
      bytes[0] = (bytes[0] ?? 0) ^ 0x80;
      return bytes.toString("base64url");
    }
  }
  return `${cursor[0] === "A" ? "B" : "A"}${cursor.slice(1)}`;
}

/** The chamber's top-level lists (`/chambers/{chamberId}/…`, no other parameter). */
function topLevelLists(context: CheckContext): Operation[] {
  return context.operations.filter(
    (operation) =>
      isPaginated(operation) &&
      operation.path.split("{").length === 2 &&
      operation.path.startsWith("/chambers/{chamberId}/"),
  );
}

/** The run's key for a list, or none for a list open to anyone. */
function listKey(context: CheckContext, operation: Operation): string | null {
  return takesNoKey(context, operation) && operation.scopes.length === 0 ? null : context.key;
}

/** The first top-level list of the chamber with a next page, and that page's cursor. */
async function someCursor(
  context: CheckContext,
): Promise<{ operation: Operation; cursor: string; key: string | null } | undefined> {
  for (const operation of topLevelLists(context)) {
    const key = listKey(context, operation);
    const exchange = await context.call("GET", context.path(operation.path), { key, query: { limit: 1 } });
    const cursor = nextCursorOf(exchange);
    if (cursor !== undefined) return { operation, cursor, key };
  }
  return undefined;
}

/** Pages of one item a list is walked for a record the other chamber cannot see. */
const PRIVATE_CURSOR_PAGES = 5;

/**
 * A cursor of `list` (pages of one item) whose item the other chamber does not hold: a record two
 * chambers share (an agreement between them) is a place in both lists, and both issue the same
 * cursor for it. The item is read through the list's record route with the other chamber's key:
 * held when that answers the full view. `undefined` when the list has no such page near its start.
 */
async function privateCursor(
  context: CheckContext,
  list: Operation,
  key: string | null,
  otherChamber: string,
  otherKey: string | null,
): Promise<string | undefined> {
  const recordRoute = context.operations.find(
    (operation) =>
      operation.method === "GET" &&
      operation.path.startsWith(`${list.path}/`) &&
      /^\{[^/{}]+\}$/.test(operation.path.slice(list.path.length + 1)),
  );
  let cursor: string | undefined;
  for (let page = 0; page < PRIVATE_CURSOR_PAGES; page++) {
    const exchange = await context.call("GET", context.path(list.path), {
      key,
      query: { limit: 1, ...(cursor === undefined ? {} : { cursor }) },
    });
    cursor = nextCursorOf(exchange);
    const id = idOf(itemsOf(exchange)?.[0] ?? {});
    if (cursor === undefined || id === undefined) return undefined;
    if (!recordRoute) return cursor;
    const name = /\{([^}]+)\}$/.exec(recordRoute.path)?.[1] ?? "id";
    const seen = await context.call(
      "GET",
      context.path(recordRoute.path, { chamberId: otherChamber, [name]: id }),
      {
        key: otherKey,
      },
    );
    const held = seen.response.status === 200 && seen.response.headers["ghorfa-view"] !== "public";
    if (!held) return cursor;
  }
  return undefined;
}

/**
 * GH-PAGE-004: a cursor is only good on the list and chamber that issued it. A malformed cursor
 * (random text, a real one cut short or with a byte flipped) is refused with 400 problem+json;
 * a real cursor sent to the same list of another chamber is refused with a 4xx problem+json.
 */
const cursorsAreBound: Check = {
  requirement: "GH-PAGE-004",
  name: "a cursor is refused on another chamber, and a malformed one with 400",
  writes: false,
  async run(context) {
    const found = await someCursor(context);
    if (!found) return { skipped: "no list of the chamber has a second page to take a cursor from" };
    const { operation, cursor, key } = found;
    const malformed: [string, string][] = [
      ["random text", RANDOM_CURSOR],
      ["a real cursor cut short", cursor.slice(0, Math.max(1, Math.floor(cursor.length / 2)))],
      ["a real cursor with its first byte flipped", flipped(cursor)],
    ];
    for (const [what, bad] of malformed) {
      const exchange = await context.call("GET", context.path(operation.path), {
        key,
        query: { limit: 1, cursor: bad },
      });
      if (exchange.response.status !== 400 || !isProblem(exchange)) {
        context.fail(
          exchange,
          `${operation.id} refuses ${what} as a cursor with 400 problem+json`,
          described(exchange),
        );
      }
    }
    const other = await otherChamber(context);
    if (other === undefined) {
      return { skipped: "the node hosts one chamber and the directory names no other to send a cursor to" };
    }
    const keys = new Map<string | null, string | null | undefined>();
    const otherKeyFor = async (key: string | null) => {
      if (key === null) return null;
      if (!keys.has(key))
        keys.set(key, other.hosted ? await context.mintKey({ chamber: other.id }) : context.key);
      return keys.get(key);
    };
    let sent = 0;
    for (const list of topLevelLists(context)) {
      const ownKey = listKey(context, list);
      const otherKey = await otherKeyFor(ownKey);
      if (otherKey === undefined) {
        return {
          skipped: `a key of ${other.id} is needed to send a cursor to its lists, and the run has no operator key`,
        };
      }
      const place = await privateCursor(context, list, ownKey, other.id, otherKey);
      if (place === undefined) continue;
      sent++;
      const exchange = await context.call("GET", context.path(list.path, { chamberId: other.id }), {
        key: otherKey,
        query: { limit: 1, cursor: place },
      });
      const status = exchange.response.status;
      if (status < 400 || status >= 500 || !isProblem(exchange)) {
        context.fail(
          exchange,
          `${list.id} of ${other.id} refuses a cursor ${context.chamber}'s list issued with a 4xx problem+json`,
          described(exchange),
        );
      }
    }
    if (sent === 0)
      return { skipped: `no list of ${context.chamber} gave a cursor of a record ${other.id} cannot see` };
    return undefined;
  },
};

/** Another chamber the node hosts, or else one the directory (`chambers.list`) names. */
async function otherChamber(context: CheckContext): Promise<{ id: string; hosted: boolean } | undefined> {
  const hosted = (await context.hostedChambers()).find((id) => id !== context.chamber);
  if (hosted !== undefined) return { id: hosted, hosted: true };
  const directory = context.operations.find((o) => o.id === "chambers.list");
  if (!directory) return undefined;
  const exchange = await context.call("GET", directory.path, { key: null });
  const ids = (itemsOf(exchange) ?? []).flatMap((item) => idOf(item) ?? []);
  const id = ids.find((candidate) => candidate !== context.chamber);
  return id === undefined ? undefined : { id, hosted: false };
}

export const paginationChecks: readonly Check[] = [noRepeat, noGap, stableUnderInserts, cursorsAreBound];

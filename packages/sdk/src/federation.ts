import type { Routes } from "@ghorfa/contract";
import { type CopyableRecord, type CopyList, mergeCopies } from "@ghorfa/schemas/ids";
import { type Client, type ClientOptions, createClient } from "./client";
import { type CopyStream, mergeStreams } from "./merge";
import { normalizeBaseUrl } from "./request-url";
import type { ChamberKeys, MethodArgs, PageItem } from "./resource-types";

/** Chamber resources a federation can list: those with a paginated `list` and no other path parameter. */
export type FederatedResource = {
  [K in ChamberKeys<Routes>]: K extends `${infer R}.list`
    ? R extends `${string}.${string}`
      ? never
      : Routes[K] extends { readonly paginated: true }
        ? R
        : never
    : never;
}[ChamberKeys<Routes>];

type ListRoute<R extends FederatedResource> = Routes[`${R}.list` & keyof Routes];
export type FederatedItem<R extends FederatedResource> = PageItem<ListRoute<R>>;
export type FederatedQuery<R extends FederatedResource> = MethodArgs<ListRoute<R>, "chamberId">[0];

/** A node that did not answer, or answered with an error: never hidden behind a partial answer. */
export interface NodeFailure {
  /** The node's base URL. */
  readonly node: string;
  /** The chamber asked for, when the node answered for some of its chambers and not this one. */
  readonly chamberId?: string;
  readonly error: Error;
}

export interface Federated<T> {
  readonly items: T[];
  readonly failures: NodeFailure[];
}

/** An async iterator over the items of every node; `failures` fills as nodes fail. */
export interface FederatedIterator<T> extends AsyncGenerator<T, void, undefined> {
  readonly failures: readonly NodeFailure[];
}

export interface FederationOptions extends Omit<ClientOptions, "baseUrl" | "apiKey" | "totalTimeout"> {
  /** Nodes' base URLs, or a directory node whose `chambers.list` names each chamber's node. */
  nodes: readonly (string | URL)[] | { readonly directory: string | URL };
  /** One key for every node, or a key per node (keys belong to one chamber). Public data needs none. */
  apiKey?: string | ((node: string) => string | undefined) | undefined;
  /** Ms each request to a node may take, its retries included. Default 5,000. */
  nodeTimeout?: number | undefined;
}

interface CallSignal {
  signal?: AbortSignal | undefined;
}

interface NodePlan {
  node: string;
  client: Client;
  /** The chambers the node hosts, from the directory; asked of the node when unknown. */
  chambers: readonly string[] | undefined;
}

export interface Federation {
  /** The nodes' base URLs (the directory is asked once, on first use). */
  nodes(options?: CallSignal): Promise<string[]>;
  /** The client of one node of the federation. */
  client(node: string | URL): Client;
  /** Every matching item of `resource` from every chamber of every node, each id once, in id order. */
  list<R extends FederatedResource>(
    resource: R,
    query?: FederatedQuery<R>,
    options?: CallSignal,
  ): Promise<Federated<FederatedItem<R>>>;
  /** The same items as `list`, streamed: pages come as the caller reads, merged in id order. */
  iterate<R extends FederatedResource>(
    resource: R,
    query?: FederatedQuery<R>,
    options?: CallSignal,
  ): FederatedIterator<FederatedItem<R>>;
  // events (issue 13)
  /**
   * Every chamber's upcoming public events (`events.upcoming`, no key needed), from every node at
   * once, each id once, in id order; a node or chamber that failed is named in `failures`.
   */
  upcomingEvents(options?: CallSignal): Promise<Federated<PageItem<Routes["events.upcoming"]>>>;
  /** Runs `fn` against every node at once: what each node gave, and which nodes failed. */
  each<T>(
    fn: (client: Client, node: string) => Promise<T>,
  ): Promise<{ results: { node: string; value: T }[]; failures: NodeFailure[] }>;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

type ChamberList = (
  query: unknown,
  options: CallSignal,
) => AsyncGenerator<CopyableRecord, void, undefined> & AsyncIterator<CopyableRecord>;

/**
 * A client of many nodes. Each query goes to every node at once; each request to a node has
 * `nodeTimeout`; answers are merged by global id in id order, as each node lists them (an
 * agreement between two chambers, held by both nodes, comes back once: the recording chamber's
 * copy, by `compareCopies` of @ghorfa/schemas, in `list` and `iterate` alike), and every node
 * that failed is named in `failures`.
 */
export function createFederation(options: FederationOptions): Federation {
  const { nodes: source, apiKey, nodeTimeout = 5_000, ...clientOptions } = options;
  const clients = new Map<string, Client>();
  const clientOf = (node: string | URL): Client => {
    const baseUrl = normalizeBaseUrl(node);
    let client = clients.get(baseUrl);
    if (client === undefined) {
      const key = typeof apiKey === "function" ? apiKey(baseUrl) : apiKey;
      client = createClient({ ...clientOptions, baseUrl, apiKey: key, totalTimeout: nodeTimeout });
      clients.set(baseUrl, client);
    }
    return client;
  };

  let planned: Promise<NodePlan[]> | undefined;
  const plan = (signal: CallSignal): Promise<NodePlan[]> => {
    if (Array.isArray(source)) {
      const urls = [...new Set((source as readonly (string | URL)[]).map((url) => normalizeBaseUrl(url)))];
      return Promise.resolve(urls.map((node) => ({ node, client: clientOf(node), chambers: undefined })));
    }
    planned ??= (async () => {
      const directory = clientOf((source as { directory: string | URL }).directory);
      const { items } = await directory.chambers.list(signal);
      const byNode = new Map<string, string[]>();
      for (const chamber of items) {
        const node = normalizeBaseUrl(chamber.nodeUrl);
        byNode.set(node, [...(byNode.get(node) ?? []), chamber.id]);
      }
      return [...byNode].map(([node, chambers]) => ({ node, client: clientOf(node), chambers }));
    })().catch((error: unknown) => {
      planned = undefined;
      throw error;
    });
    return planned;
  };

  async function chambersOf(entry: NodePlan, signal: CallSignal): Promise<readonly string[]> {
    return entry.chambers ?? (await entry.client.node.info(signal)).chambers;
  }

  /** The iterating method `method` of a chamber's `resource` (`iterate` for `list`). */
  function lister(client: Client, chamberId: string, resource: string, method = "iterate"): ChamberList {
    const chamber = client.chamber(chamberId as Parameters<Client["chamber"]>[0]) as unknown as Record<
      string,
      Record<string, ChamberList>
    >;
    const target = chamber[resource]?.[method];
    if (target === undefined) throw new TypeError(`No chamber resource "${resource}"`);
    return target;
  }

  /** Every item each chamber's `list` gives, merged by id, and the nodes or chambers that failed. */
  async function collect(
    list: (client: Client, chamberId: string) => ChamberList,
    query: unknown,
    signal: CallSignal,
  ) {
    const failures: NodeFailure[] = [];
    const sources: CopyList<CopyableRecord>[] = [];
    await Promise.all(
      (await plan(signal)).map(async (entry) => {
        let chambers: readonly string[];
        try {
          chambers = await chambersOf(entry, signal);
        } catch (error) {
          failures.push({ node: entry.node, error: asError(error) });
          return;
        }
        await Promise.all(
          chambers.map(async (chamberId) => {
            const items: CopyableRecord[] = [];
            sources.push({ chamberId, node: entry.node, items });
            try {
              for await (const item of list(entry.client, chamberId)(query, signal)) items.push(item);
            } catch (error) {
              failures.push({ node: entry.node, chamberId, error: asError(error) });
            }
          }),
        );
      }),
    );
    return { items: mergeCopies(sources), failures };
  }

  return {
    async nodes(signal = {}) {
      return (await plan(signal)).map((entry) => entry.node);
    },

    client: clientOf,

    async list(resource, query, signal = {}) {
      const { items, failures } = await collect(
        (client, chamberId) => lister(client, chamberId, resource),
        query,
        signal,
      );
      return { items: items as FederatedItem<typeof resource>[], failures };
    },

    // events (issue 13)
    async upcomingEvents(signal = {}) {
      const { items, failures } = await collect(
        (client, chamberId) => lister(client, chamberId, "events", "iterateUpcoming"),
        undefined,
        signal,
      );
      return { items: items as PageItem<Routes["events.upcoming"]>[], failures };
    },

    iterate(resource, query, signal = {}) {
      const failures: NodeFailure[] = [];
      async function* run() {
        const entries = await plan(signal);
        const streams: (CopyStream<CopyableRecord> & { node: string; chamberId: string })[] = [];
        await Promise.all(
          entries.map(async (entry) => {
            try {
              for (const chamberId of await chambersOf(entry, signal)) {
                const items = lister(entry.client, chamberId, resource)(query, signal);
                streams.push({ node: entry.node, chamberId, items });
              }
            } catch (error) {
              failures.push({ node: entry.node, error: asError(error) });
            }
          }),
        );
        yield* mergeStreams(streams, (index, error) => {
          const { node, chamberId } = streams[index] as { node: string; chamberId: string };
          failures.push({ node, chamberId, error: asError(error) });
        });
      }
      return Object.assign(run(), { failures }) as unknown as FederatedIterator<
        FederatedItem<typeof resource>
      >;
    },

    async each(fn) {
      const failures: NodeFailure[] = [];
      const results: { node: string; value: Awaited<ReturnType<typeof fn>> }[] = [];
      await Promise.all(
        (await plan({})).map(async (entry) => {
          try {
            results.push({ node: entry.node, value: await fn(entry.client, entry.node) });
          } catch (error) {
            failures.push({ node: entry.node, error: asError(error) });
          }
        }),
      );
      return { results, failures };
    },
  };
}

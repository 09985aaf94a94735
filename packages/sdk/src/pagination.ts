type ListMethod = (...args: unknown[]) => Promise<{ items: readonly unknown[]; nextCursor?: string | null }>;

/**
 * Every item of a paginated list, page by page: the next page is asked for only when the
 * caller has taken every item of the current one, and stopping early asks for no more.
 * `args` are the list method's: `positional` path parameters, then the query, then options.
 */
export async function* paginate(list: ListMethod, args: readonly unknown[], positional: number) {
  const query = { ...(args[positional] as object | undefined) } as { cursor?: string | null };
  do {
    const page = await list(...args.slice(0, positional), query, args[positional + 1]);
    yield* page.items;
    query.cursor = page.nextCursor;
  } while (query.cursor);
}

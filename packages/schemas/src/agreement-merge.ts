import type { Agreement } from "./agreement";

/** The federation chambers that are parties to `agreement`: the nodes that serve it. */
export function agreementChambers(agreement: Pick<Agreement, "parties">): string[] {
  const ids = agreement.parties.flatMap((p) => (p.chamberId === undefined ? [] : [p.chamberId]));
  return [...new Set(ids)];
}

/**
 * The agreements of several nodes as one list: an agreement two chambers both serve appears
 * once, in its most recently updated copy. Order: by id, so by recording chamber then creation.
 */
export function mergeAgreements<A extends Pick<Agreement, "id" | "updatedAt">>(
  ...lists: readonly (readonly A[])[]
): A[] {
  const byId = new Map<string, A>();
  for (const list of lists) {
    for (const agreement of list) {
      const known = byId.get(agreement.id);
      if (!known || Date.parse(agreement.updatedAt) > Date.parse(known.updatedAt))
        byId.set(agreement.id, agreement);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

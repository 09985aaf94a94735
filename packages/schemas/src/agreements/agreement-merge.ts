import { type CopyableRecord, type CopyList, mergeCopies } from "../ids/copies";
import type { Agreement } from "./agreement";

export {
  type CopyableRecord,
  type CopyList,
  type CopySource,
  compareCopies,
  mergeCopies,
  type RecordCopy,
} from "../ids/copies";

/** The federation chambers that are parties to `agreement`: the nodes that serve it. */
export function agreementChambers(agreement: Pick<Agreement, "parties">): string[] {
  const ids = agreement.parties.flatMap((p) => (p.chamberId === undefined ? [] : [p.chamberId]));
  return [...new Set(ids)];
}

/**
 * The agreements of several nodes as one list (see `mergeCopies`): an agreement two chambers both
 * serve appears once. Give each list as `{ chamberId, items }` so the recording chamber's copy
 * wins; a bare array is a copy of no known chamber, so among those the most recently updated wins.
 */
export function mergeAgreements<A extends CopyableRecord>(
  ...lists: readonly (readonly A[] | CopyList<A>)[]
): A[] {
  return mergeCopies(lists.map((list) => ("items" in list ? list : { items: list })));
}

import { STATUS_TRANSITIONS, type StatusEntity } from "@ghorfa/schemas";

/** The lifecycle of `entity` in words, from the domain's own transition table. */
/* @__NO_SIDE_EFFECTS__ */
export function lifecycleNote(entity: StatusEntity): string {
  const table: Record<string, readonly string[]> = STATUS_TRANSITIONS[entity];
  const moves = Object.entries(table).map(([from, to]) =>
    to.length === 0 ? `\`${from}\` is final` : `\`${from}\` → ${to.map((s) => `\`${s}\``).join(", ")}`,
  );
  return `Allowed moves: ${moves.join("; ")}. Any other is 409 invalid-transition, whose \`allowed\` lists the moves from the current status.`;
}

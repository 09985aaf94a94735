import { expect } from "vitest";
import { node } from "./harness";

/** The demo chamber's routes. */
export const CHAMBER = "/chambers/ma-09";

/** A page of a list as the node answers it. */
export type PageOf<T> = { items: T[]; nextCursor: string | null };

/**
 * The node's API as a script sees it, with the demo key: what the pages must show, and the records
 * a test makes for itself (so that it never changes the seeded ones other files read).
 */
export async function api<T = unknown>(
  path: string,
  init: { method?: string; body?: unknown; key?: boolean } = {},
): Promise<{ status: number; body: T }> {
  const answer = await fetch(`${node.url}${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.key !== false && { authorization: `Bearer ${node.apiKey}` }),
      ...(init.body !== undefined && {
        "content-type": "application/json",
        "idempotency-key": crypto.randomUUID(),
      }),
    },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  const text = await answer.text();
  return { status: answer.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** A GET that must succeed. */
export async function read<T>(path: string): Promise<T> {
  const answer = await api<T>(path);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

/** A write that must succeed (200 or 201). */
export async function write<T>(path: string, body: unknown): Promise<T> {
  const answer = await api<T>(path, { method: "POST", body });
  expect([200, 201], JSON.stringify(answer.body)).toContain(answer.status);
  return answer.body;
}

/** Today in Morocco, as the node counts days. */
export const today = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca" }).format(new Date());

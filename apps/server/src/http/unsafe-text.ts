import { ghorfaRawIssue } from "@ghorfa/schemas";
import type { Issue } from "./field-errors";

// The safety net under the schemas' text policy: PostgreSQL refuses NUL in text and jsonb, and an
// unpaired surrogate in jsonb, with an error that would answer 500. A schema checks the fields it
// knows; this checks every string of a request part, object keys included (even the keys a schema
// would strip, since a handler may store the raw body), before anything reaches the database.

// With the `u` flag, a surrogate range matches only a surrogate that is not half of a pair.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSAFE = /[\u0000\ud800-\udfff]/u;

function issueAt(text: string, path: PropertyKey[]): Issue | undefined {
  if (!UNSAFE.test(text)) return undefined;
  return text.includes("\u0000")
    ? { ...ghorfaRawIssue("text_control", "Expected no NUL character", text), path }
    : { ...ghorfaRawIssue("text_unicode", "Expected no unpaired surrogate", text), path };
}

/**
 * The first string of `value` (a parsed JSON body, a query) holding NUL or an unpaired surrogate,
 * as an issue at its path: a key's own path when the key holds it. Walks with a stack, not
 * recursion, so a deeply nested body cannot overflow it.
 */
export function unsafeTextIssue(value: unknown): Issue | undefined {
  const stack: [unknown, PropertyKey[]][] = [[value, []]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, path] = next;
    if (typeof node === "string") {
      const issue = issueAt(node, path);
      if (issue) return issue;
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], [...path, i]]);
    } else if (node !== null && typeof node === "object") {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        const issue = issueAt(key, [...path, key]);
        if (issue) return issue;
        stack.push([child, [...path, key]]);
      }
    }
  }
  return undefined;
}

// What an adopter's TypeScript sees, compiled with `strict` under each module resolution the
// rehearsal tries: types inferred from the schemas, the adopter's zod composing them.
import type { MemberCreate } from "@ghorfa/contract";
import { formatIssues, type Locale } from "@ghorfa/i18n";
import { type Member, Member as MemberSchema } from "@ghorfa/schemas";
import { createClient, NotFoundError } from "@ghorfa/sdk";
import * as z from "zod";

const Envelope = z.object({ member: MemberSchema, note: z.string() });
type Envelope = z.infer<typeof Envelope>;

export function noteOf(value: unknown, locale: Locale): string {
  const parsed = Envelope.safeParse(value);
  if (parsed.success) {
    const member: Member = parsed.data.member;
    const envelope: Envelope = parsed.data;
    return `${member.legalName}: ${envelope.note}`;
  }
  return formatIssues(parsed.error.issues, locale)
    .map((issue) => `${issue.pointer} ${issue.message}`)
    .join("\n");
}

export async function create(input: MemberCreate, apiKey: string) {
  const client = createClient({ baseUrl: "http://localhost:8080", apiKey });
  try {
    const member = await client.chamber("ma-09").members.create(input);
    const id: string = member.id;
    return id;
  } catch (error) {
    if (error instanceof NotFoundError) return error.requestId;
    throw error;
  }
}

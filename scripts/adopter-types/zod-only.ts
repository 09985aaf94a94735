// The baseline: an adopter's file of its own zod schemas, with no Ghorfa package.
import * as z from "zod";

const Member = z.object({
  id: z.string(),
  legalName: z.string().min(1),
  section: z.enum(["industry", "commerce", "services"]),
  address: z.object({ city: z.string(), region: z.string() }),
  labels: z.array(z.string()),
});
type Member = z.infer<typeof Member>;

export function main(input: unknown): string[] {
  const member: Member = Member.parse(input);
  return [member.legalName, member.address.city, ...member.labels];
}

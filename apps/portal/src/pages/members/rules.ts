import { MemberCreate, MemberPatch } from "@ghorfa/contract";
import { arabicOrFrenchIssue, hasArabicOrFrench } from "@ghorfa/schemas";

// The node's own body schemas (the contract's), so the form refuses what the node would, with the
// same words. Loaded when the form is sent: the contract stays out of the form's first render.

/** `activity` needs Arabic or French: the node checks it on the member it builds, we on the form. */
const readableActivity = (ctx: {
  value: { activity?: { ar?: string; fr?: string } | undefined };
  issues: unknown[];
}) => {
  const { activity } = ctx.value;
  if (activity !== undefined && !hasArabicOrFrench(activity))
    ctx.issues.push({ ...arabicOrFrenchIssue(activity), path: ["activity"] });
};

export const NewMemberRules = MemberCreate.check(readableActivity);
export const MemberChangeRules = MemberPatch.check(readableActivity);

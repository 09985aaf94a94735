// A form that checks a member record before sending it.
import { Member } from "@ghorfa/schemas";

const form = document.querySelector("form");
form?.addEventListener("submit", (event) => {
  const result = Member.safeParse(JSON.parse(new FormData(form).get("member")?.toString() ?? "{}"));
  if (!result.success) event.preventDefault();
  document.body.dataset.valid = String(result.success);
});

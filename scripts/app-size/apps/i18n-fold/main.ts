// A search box that matches names however they are written (case, accents, Arabic forms).
import { matches } from "@ghorfa/i18n/fold";

const names = [...document.querySelectorAll("li")];
document.querySelector("input")?.addEventListener("input", (event) => {
  const query = (event.target as HTMLInputElement).value;
  for (const li of names) li.hidden = !matches(li.textContent ?? "", query);
});

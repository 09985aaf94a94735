// A hand-written fetch that builds a route's URL and checks its answer with the contract's schemas.
import { routes } from "@ghorfa/contract";

const route = routes["members.get"];
const url = route.path.replace("{chamberId}", "ma-09").replace("{memberId}", location.hash.slice(1));
const answer = await fetch(url, { method: route.method });
const member = route.responses[200].parse(await answer.json());
document.body.textContent = member.legalName;

// A client that tells its errors apart, as an adopter's UI does.
import { ConflictError, createClient, NotFoundError, requestIdOf, ValidationError } from "@ghorfa/sdk";

const ccis = createClient({ baseUrl: location.origin, apiKey: localStorage.getItem("key") ?? "" }).chamber(
  "ma-09",
);
try {
  const member = await ccis.members.get(location.hash.slice(1));
  document.body.textContent = `${member.legalName} (${requestIdOf(member)})`;
} catch (error) {
  if (error instanceof NotFoundError) document.body.textContent = "No such member";
  else if (error instanceof ValidationError) document.body.textContent = error.message;
  else if (error instanceof ConflictError) document.body.textContent = "Changed meanwhile";
  else throw error;
}

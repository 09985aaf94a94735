import { createClient } from "@ghorfa/sdk";

const client = createClient({ baseUrl: location.origin, validateResponses: true });
const info = await client.node.info();
document.body.textContent = info.chambers.join(", ");

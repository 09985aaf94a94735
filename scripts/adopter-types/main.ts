// An adopter's file: the SDK's client, a few calls, their results used. The check compiles it
// against the built packages and counts what the adopter's compiler pays for our declarations.
import { createClient, PreconditionFailedError } from "@ghorfa/sdk";

const client = createClient({ baseUrl: "http://localhost:8080", apiKey: "ghorfa_demo_key", locale: "fr-MA" });
const ccis = client.chamber("ma-09");

export async function main(): Promise<string[]> {
  const { chambers } = await client.node.info();
  const page = await ccis.members.list({ section: "industry", limit: 20 });
  const names: string[] = page.items.map((member) => member.legalName);
  for await (const lease of ccis.leases.iterate()) names.push(lease.id);
  const member = await ccis.members.create({
    legalName: "Coopérative Tiwizi pour l'argan",
    legalForm: "cooperative",
    identifiers: { ice: "002987654300018", rc: { court: "Taroudant", number: "4321" } },
    section: "industry",
    activity: { fr: "Extraction d'huile d'argan", ar: "استخراج زيت أركان" },
    address: { region: "ma-09", prefecture: "Taroudant", city: "Taroudant" },
    contacts: {},
    labels: [],
  });
  try {
    const renamed = await ccis.members.update(member.id, { tradeName: "Tiwizi" });
    names.push(renamed.tradeName ?? renamed.legalName, member.$response.requestId ?? "");
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
  }
  const agreement = await ccis.agreements.get("agr_ma-09_x");
  const roll = await ccis.reports.rentRoll({ month: "2026-01" });
  names.push(agreement.status, String(roll.lines.length), ...chambers);
  return names;
}

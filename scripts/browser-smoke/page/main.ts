// An adopter's page: @ghorfa/sdk and @ghorfa/i18n as published (their dist, through their
// exports), calling a reference node that the page's own origin proxies under /api. Each check
// writes its result into the DOM as <li data-check="…">; ../run.mjs asserts what they say.
import {
  fieldLabel,
  formatDate,
  formatMoney,
  formatPercent,
  type IssueKey,
  loadCatalogs,
  t,
} from "@ghorfa/i18n";
import { type Client, ContractError, createClient, NotFoundError, ValidationError } from "@ghorfa/sdk";

const results = document.getElementById("results") as HTMLOListElement;
// The key comes in the fragment, which never leaves the browser.
const apiKey = new URLSearchParams(location.hash.slice(1)).get("key") ?? undefined;
const baseUrl = new URL("/api", location.href);
const MISSING_MEMBER = "mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D";

function show(check: string, ...lines: string[]): void {
  const item = document.createElement("li");
  item.dataset.check = check;
  item.textContent = lines.join("\n");
  results.append(item);
}

async function rejection(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("the call succeeded where it should have failed");
}

function methodOf(input: RequestInfo | URL, init: RequestInit | undefined): string {
  return (input instanceof Request ? input.method : init?.method) ?? "GET";
}

type NewMember = Parameters<ReturnType<Client["chamber"]>["members"]["create"]>[0];

const newMember: NewMember = {
  legalName: "Coopérative Smoke de Taroudant",
  legalForm: "cooperative",
  identifiers: { ice: "002987654300018", rc: { court: "Taroudant", number: "4321" } },
  section: "industry",
  activity: { fr: "Extraction d'huile d'argan", ar: "استخراج زيت أركان" },
  address: { region: "ma-09", prefecture: "Taroudant", city: "Taroudant" },
  contacts: {},
  labels: [],
};

async function main(): Promise<void> {
  const client = createClient({ baseUrl, apiKey, locale: "ar-MA" });
  const ccis = client.chamber("ma-09");
  // The catalogs are chunks of their own, fetched here.
  await loadCatalogs(["ar-MA", "fr-MA"]);

  const { items } = await ccis.members.list({ limit: 3 });
  show("members", ...items.map((member) => member.legalName));

  const rent = { amount: 17_000_000, currency: "MAD" } as const;
  show("money-ar-MA", formatMoney(rent, "ar-MA"), formatMoney(rent, "ar-MA", { style: "document" }));
  show("money-fr-MA", formatMoney(rent, "fr-MA"), formatMoney(rent, "fr-MA", { style: "document" }));
  // Chromium's ICU data has no Tamazight: @ghorfa/i18n writes it from its own CLDR data.
  show("zgh", formatMoney(rent, "zgh"), formatDate("2025-08-15", "zgh"), formatPercent(0.8, "zgh"));

  // Validation loads the contract's schemas, a chunk of their own, on the first call.
  const validating = createClient({ baseUrl, apiKey, validateResponses: true });
  const first = items[0];
  if (first === undefined) throw new Error("ma-09 has no member");
  const read = await validating.chamber("ma-09").members.get(first.id);
  show("validated", read.legalName, String(read.$response.status));

  // An answer that breaks the contract, so the validation above is known to have run.
  const broken = createClient({
    baseUrl,
    apiKey,
    validateResponses: true,
    fetch: async (input, init) => {
      const answer = await fetch(input, init);
      const { legalName: _, ...rest } = await answer.json();
      return new Response(JSON.stringify(rest), { status: answer.status, headers: answer.headers });
    },
  });
  const mismatch = await rejection(broken.chamber("ma-09").members.get(first.id));
  if (!(mismatch instanceof ContractError)) throw mismatch;
  show("contract-error", "ContractError", mismatch.message);

  const missing = await rejection(ccis.members.get(MISSING_MEMBER));
  if (!(missing instanceof NotFoundError)) throw missing;
  show("not-found", "NotFoundError", String(missing.status), missing.problem.title ?? "");

  // An ICE whose control pair is wrong: the node's 400 names the field; its message in the
  // client's locale (ar-MA) from the node, and in fr-MA from @ghorfa/i18n's catalog here.
  const invalid = { ...newMember, identifiers: { ...newMember.identifiers, ice: "002987654300019" } };
  const refused = await rejection(ccis.members.create(invalid));
  if (!(refused instanceof ValidationError)) throw refused;
  const [issue] = refused.errors;
  if (issue === undefined) throw new Error("a validation problem without errors");
  const path = issue.pointer.split("/").slice(1);
  const field = fieldLabel("fr-MA", path);
  show(
    "validation",
    "ValidationError",
    String(refused.status),
    issue.pointer,
    issue.message,
    t("fr-MA", `issue.${issue.code}` as IssueKey, { field }),
  );

  // A create whose first answer is lost on the way back: the SDK sends it again with the
  // Idempotency-Key it made for the call, and the node answers the first answer without writing
  // twice. The key is read from the request, as a log hook would.
  let lose = true;
  let sentKey = "";
  const flaky = createClient({
    baseUrl,
    apiKey,
    locale: "ar-MA",
    retry: { limit: 2, baseDelay: 50, maxDelay: 100 },
    hooks: {
      beforeRequest: [
        (request) => {
          sentKey = request.headers["idempotency-key"] ?? "";
        },
      ],
    },
    fetch: async (input, init) => {
      const answer = await fetch(input, init);
      if (lose && methodOf(input, init) === "POST") {
        lose = false;
        throw new TypeError("the answer was lost on the way back (on purpose)");
      }
      return answer;
    },
  });
  const created = await flaky.chamber("ma-09").members.create(newMember);
  // The same key again, as an app that retries by itself would: the same member, not a second.
  const repeated = await ccis.members.create(newMember, { idempotencyKey: sentKey });
  const found = await ccis.members.list({ q: newMember.identifiers.ice });
  show(
    "idempotent-create",
    `attempts ${created.$response.attempts}, status ${created.$response.status}`,
    `replayed ${created.$response.headers.get("idempotent-replayed")}`,
    `repeated: same member ${repeated.id === created.id}`,
    `members with its ICE ${found.items.length}`,
  );
}

main().then(
  () => {
    document.body.dataset.state = "done";
  },
  (error: unknown) => {
    show("fatal", error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    document.body.dataset.state = "failed";
  },
);

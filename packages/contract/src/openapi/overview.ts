import { MEMBER_ROUTES } from "../member-access";
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from "../pagination";
import { PROBLEM_BASE_URI } from "../problems";
import { SCOPES } from "../scopes";

/**
 * The conventions every route follows, for the top of the API documentation: written when the
 * document is, so that a bundle without the document keeps none of it.
 */
export function overview(): string {
  const MEMBER_ROUTE_LIST = Object.keys(MEMBER_ROUTES)
    .map((key) => `\`${key}\``)
    .join(", ");
  return `One contract spoken by the node of every Chamber of Commerce, Industry and Services (CCIS) of Morocco. JSON keys are camelCase, enum values snake_case, chamber ids lowercase ISO 3166-2 codes (\`ma-09\` is Souss-Massa). Ids are global (\`mem_ma-09_<ULID>\`) and sort by creation. Money is an integer count of centimes with its currency.

**Evolution.** Within a contract version fields and enum values are only ever added: ignore fields and enum values you do not know. Ask for a version with \`Ghorfa-Version\`; the node answers in it (and says so in \`Ghorfa-Version\`), or with 400 \`unsupported-version\`.

**Access.** \`Authorization: Bearer <key>\`. A key belongs to one chamber and carries scopes (${SCOPES.map((scope) => `\`${scope}\``).join(", ")}). The directory is public; so are members' public fields (names, section, city, labels) and published agreements: without a key of the chamber carrying the scope, or with a key of another chamber, these routes answer the public view and say so in \`Ghorfa-View: public\`. \`admin\` is the operator's scope and opens only the \`/admin\` routes. Each operation lists its scope in \`security\` and in \`x-ghorfa-access\`.

**Sessions.** A person signs in (\`POST /auth/sign-in\`) and the node keeps the session in the \`ghorfa_session\` cookie; a request without \`Authorization\` that carries it acts with the scopes of the account's role, in the account's chamber, and a write it authenticates must carry an \`Origin\` naming the node. A member's account (role \`member\`) sees only its own records: ${MEMBER_ROUTE_LIST} answer it its own member, leases, payments, receipts and service requests, another member's as 404 and lists without them; every other route answers it as it answers anyone (403 where a key is needed).

**Pagination.** Lists take \`limit\` (1 to ${PAGE_LIMIT_MAX}, default ${PAGE_LIMIT_DEFAULT}) and \`cursor\`, and answer \`{ items, nextCursor }\`; \`nextCursor\` is null on the last page. Items are in id order, which is creation order, and a cursor is the opaque (base64url) id of the last item: it stays valid, and skips or repeats nothing, while rows are inserted. A cursor is good on the list that issued it: a list of another chamber (or of another kind of record) refuses it with 400 and \`invalid_cursor\` at \`/query/cursor\`.

**Errors.** RFC 9457 \`application/problem+json\`, with a stable \`type\` under \`${PROBLEM_BASE_URI}\`, \`title\` and \`detail\` in the caller's \`Accept-Language\`, \`requestId\`, and for validation \`errors[]\` of \`{ pointer, code, message }\`, where \`pointer\` is a JSON pointer into the request: \`/body/…\`, \`/query/…\`, \`/params/…\` or \`/headers/…\`. A request that fails changes nothing.

**Writes.** Every unsafe route accepts \`Idempotency-Key\`: a retry with the same key gets the first answer and changes nothing. Reads answer an \`ETag\`; updates need it back in \`If-Match\` (428 \`precondition-required\` without it, 412 \`precondition-failed\` when it is stale).`;
}

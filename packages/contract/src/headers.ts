import * as z from "zod";
import { AccessView } from "./access";
import { own } from "./owned";
import { ContractVersion, SupportedVersion } from "./version";

const visibleAscii = /^[\x21-\x7E]+$/;

export const IdempotencyKey = own(
  z.string().min(1).max(255).regex(visibleAscii, { message: "Expected visible ASCII characters" }),
  "Idempotency-Key header (draft-ietf-httpapi-idempotency-key-header)",
);
/** One strong entity tag as the node sent it in ETag, quotes included. */
export const EntityTag = own(
  z.string().regex(/^"[\x21\x23-\x7E]*"$/, { message: 'Expected an ETag such as "3"' }),
  "RFC 9110 entity tag",
);
export const LanguageRange = own(z.string().max(256), "RFC 9110 Accept-Language / Content-Language value");
/** A request id the node echoes: 1 to 200 visible ASCII characters. */
export const RequestIdHeader = own(
  z.string().min(1).max(200).regex(visibleAscii, { message: "Expected visible ASCII characters" }),
  "X-Request-Id header",
);
/** The longest header a node reads: HTTP servers refuse larger headers whole (Node's 16 KiB). */
const HEADER_MAX_LENGTH = 16_384;
/**
 * What a caller may send in X-Request-Id: any header value. The node never refuses a request for
 * it; it echoes a value of the RequestIdHeader form and replaces any other with one it makes.
 */
const RequestIdRequestHeader = own(
  z.string().max(HEADER_MAX_LENGTH),
  "X-Request-Id header, as a caller may send it",
);
const LocationHeader = own(z.string(), "RFC 9110 Location of the created resource");
const RetryAfterHeader = own(z.string().regex(/^\d+$/), "RFC 9110 Retry-After in seconds");

interface HeaderSpec {
  readonly schema: z.ZodType;
  readonly description: string;
}

/** Request headers the contract defines (Authorization is the bearer security scheme). */
export const REQUEST_HEADERS = {
  "Idempotency-Key": {
    schema: IdempotencyKey,
    description:
      "Accepted on every unsafe route. Make a new unique value for each request (a random UUID is the usual choice) and send that same value again only when retrying that request: a value sent twice is the same request. A retry with the same key and the same request gets the first answer again and changes nothing; the same key with a different request gets 422 idempotency-conflict. Keys are kept at least 24 hours. A key belongs to the chamber of the API key that sent it (the operator's keys are one owner), the method and the path: a retry sent with another key of the same chamber, after a key rotation, is the same request.",
  },
  "If-Match": {
    schema: EntityTag,
    description:
      "The ETag of the representation the change is based on. Required on updates (428 precondition-required without it, 412 precondition-failed when the resource changed since).",
  },
  "If-None-Match": {
    schema: own(z.string().max(HEADER_MAX_LENGTH), "RFC 9110 If-None-Match: entity tags, or *"),
    description:
      "ETags of representations the caller already holds (or `*`): a read whose current ETag is one of them answers 304 Not Modified, with no body.",
  },
  "Accept-Language": {
    schema: LanguageRange,
    description:
      "The caller's languages (ar-MA, fr-MA, en, zgh): problem titles and details, amounts in words.",
  },
  "X-Request-Id": {
    schema: RequestIdRequestHeader,
    description:
      "The caller's id for this request, echoed in the response when it is 1 to 200 visible ASCII characters; the node makes one when it is absent or not of that form (it never refuses a request for it).",
  },
  "Ghorfa-Version": {
    schema: SupportedVersion,
    description:
      "The contract version the client speaks, one of the versions this contract release supports; the node answers in it. Another value gets 400 unsupported-version. Absent: the node's current version.",
  },
} as const satisfies Record<string, HeaderSpec>;

/** Response headers the contract defines. */
export const RESPONSE_HEADERS = {
  ETag: {
    schema: EntityTag,
    description: "The version of the representation; send it back in If-Match to change it.",
  },
  Location: { schema: LocationHeader, description: "The path of the created resource." },
  "Ghorfa-Version": { schema: ContractVersion, description: "The contract version the node answered in." },
  "X-Request-Id": { schema: RequestIdHeader, description: "The request id, the caller's or the node's." },
  "Content-Language": { schema: LanguageRange, description: "The language of the words in the response." },
  "Retry-After": { schema: RetryAfterHeader, description: "Seconds to wait before the next request." },
  "Ghorfa-View": {
    schema: AccessView,
    description: "`public` when the caller may only see the public view (fields and rows) of the resource.",
  },
} as const satisfies Record<string, HeaderSpec>;

export type RequestHeaderName = keyof typeof REQUEST_HEADERS;
export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

import * as z from "zod";
import { AccessView } from "./access";
import { own } from "./owned";
import { ContractVersion } from "./version";

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
export const RequestIdHeader = own(
  z.string().min(1).max(200).regex(visibleAscii, { message: "Expected visible ASCII characters" }),
  "X-Request-Id header",
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
      "Accepted on every unsafe route. A retry with the same key and the same request gets the first answer again and changes nothing; the same key with a different request gets 422 idempotency-conflict. Keys are kept at least 24 hours. A key belongs to the chamber of the API key that sent it (the operator's keys are one owner), the method and the path: a retry sent with another key of the same chamber, after a key rotation, is the same request.",
  },
  "If-Match": {
    schema: EntityTag,
    description:
      "The ETag of the representation the change is based on. Required on updates (428 precondition-required without it, 412 precondition-failed when the resource changed since).",
  },
  "Accept-Language": {
    schema: LanguageRange,
    description:
      "The caller's languages (ar-MA, fr-MA, en, zgh): problem titles and details, amounts in words.",
  },
  "X-Request-Id": {
    schema: RequestIdHeader,
    description: "The caller's id for this request, echoed in the response; the node makes one when absent.",
  },
  "Ghorfa-Version": {
    schema: ContractVersion,
    description:
      "The contract version the client speaks; the node answers in it, or with 400 unsupported-version. Absent: the node's current version.",
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

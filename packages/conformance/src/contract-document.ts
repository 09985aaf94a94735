import type { OpenApiDocument } from "./document";
import contract from "./generated/contract.json";

/**
 * The contract's OpenAPI document as this release of the kit knows it (written from
 * @ghorfa/contract by scripts/contract-document.ts): the routes every node must serve, the schemas
 * its answers must match, and the data the requirements are derived from (which lists paginate,
 * which updates need If-Match, which scope each route asks for).
 */
export const CONTRACT_DOCUMENT: OpenApiDocument = contract as unknown as OpenApiDocument;

export { type Client, type ClientFor, type ClientOptions, createClient, createClientFor } from "./client";
// events (issue 13)
export {
  AlreadyCheckedInError,
  AlreadyRegisteredError,
  ApiError,
  ConflictError,
  ContractError,
  type ContractIssue,
  ForbiddenError,
  GhorfaError,
  IdempotencyConflictError,
  InvalidTokenError,
  InvalidTransitionError,
  NetworkError,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  RateLimitedError,
  RegistrationClosedError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from "./errors";
export {
  createFederation,
  type Federated,
  type FederatedItem,
  type FederatedIterator,
  type FederatedQuery,
  type FederatedResource,
  type Federation,
  type FederationOptions,
  type NodeFailure,
} from "./federation";
export type { Hooks, RequestContext, RetryContext } from "./hooks";
export { compareIds } from "./merge";
export type {
  ChamberResources,
  MethodArgs,
  MethodResult,
  PageItem,
  Resources,
  RouteMap,
} from "./resource-types";
export { type ResponseMeta, requestIdOf, type WithResponse } from "./response-meta";
export { DEFAULT_RETRY, type RetryOptions } from "./retry";
// sign-in (issue 15)
export { type SessionFetch, sessionFetch } from "./session-fetch";
export type { CallOptions } from "./transport";
export * from "./version";

import type { Secrets } from "../curl";
import type { OpenApiDocument, Operation } from "../document";
import type { ReceivedResponse, SentRequest } from "../report";
import type { Profile, RequirementId } from "../requirements";
import { type Evidence, evidence } from "../results";
import type { Validator } from "../validator";

/** A request as sent and the answer as received, its body parsed when it is JSON. */
export interface Exchange {
  readonly request: SentRequest;
  readonly response: ReceivedResponse;
  /** The body parsed as JSON; `undefined` when it is empty or not JSON. */
  readonly json: unknown;
}

export interface CallOptions {
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Extra request headers; `authorization` is set from `key`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as it is, with `content-type: application/json` unless `headers` name another. */
  readonly rawBody?: string;
  /** The key sent as a bearer token: the run's key by default, `null` for none. */
  readonly key?: string | null;
  /** On a 429, wait Retry-After and send again (the default); `false` gives the 429 back. */
  readonly waitOnRateLimit?: boolean;
}

/** A record the run wrote, listed in the reports so that an operator can find and remove it. */
export interface Written {
  readonly requirement: RequirementId;
  readonly method: string;
  /** The record's path (its `Location`, or the route it was written through). */
  readonly path: string;
}

/**
 * What a check gets: the node's address and keys, the contract's document, and a way to call the
 * node that remembers each exchange, so that a failure carries the request that reproduces it.
 */
export interface CheckContext {
  readonly requirement: RequirementId;
  readonly baseUrl: string;
  /** The chamber under test: every `{chamberId}` of a path, unless a check names another. */
  readonly chamber: string;
  /** A key of `chamber` with the scopes of every route of the chamber. */
  readonly key: string;
  /** The operator's key (scope `admin`): lets checks make keys of other scopes and chambers. */
  readonly adminKey: string | undefined;
  readonly profile: Profile;
  readonly readOnly: boolean;
  /**
   * This run's tag, `ghc-` and 10 characters: in the name of every record the run writes (the
   * members' `legalName`, the keys' `name`) and in each of its Idempotency-Keys.
   */
  readonly runTag: string;
  /** The contract's document (`CONTRACT_DOCUMENT` unless the caller gave another). */
  readonly document: OpenApiDocument;
  readonly operations: readonly Operation[];
  readonly validator: Validator;

  /** The operation of the document with this `operationId`; throws when the document has none. */
  operation(id: string): Operation;
  /** A path template with its `{name}`s filled: `chamberId` is the run's chamber unless given. */
  path(template: string, params?: Readonly<Record<string, string>>): string;
  /** Sends a request to the node (`path` starts with `/`). Never throws for a status. */
  call(method: string, path: string, options?: CallOptions): Promise<Exchange>;
  /** Records a failure of this check's requirement, with what was expected and what came. */
  fail(exchange: Exchange | { readonly request: SentRequest }, expected: string, received: string): void;
  /** An Idempotency-Key no other request of any run uses, carrying the run's tag. */
  idempotencyKey(): string;
  /** A text carrying the run's tag, for a name field of a record the check writes. */
  tagged(text: string): string;
  /** Notes a record the check wrote (the reports list them). */
  wrote(method: string, path: string): void;
  /**
   * A key of `chamber` (the run's by default) with `scopes` (every chamber scope by default), made
   * with the operator's key and revoked when the run ends; `undefined` without the operator's key,
   * and in a read-only run.
   */
  mintKey(options?: {
    readonly chamber?: string;
    readonly scopes?: readonly string[];
  }): Promise<string | undefined>;
  /** The chambers the node hosts, from its `GET /` (`chambers`). */
  hostedChambers(): Promise<readonly string[]>;
  /** The scopes a chamber's key can hold: every scope the document's operations ask for, `admin` aside. */
  readonly chamberScopes: readonly string[];
}

/** Why a check did not run. */
export interface Skip {
  readonly skipped: string;
}

/** A check of one requirement. Several checks may prove the same requirement. */
export interface Check {
  readonly requirement: RequirementId;
  /** What it checks, in a few words (shown with its failures). */
  readonly name: string;
  /** It writes records: a `--read-only` run skips it. */
  readonly writes: boolean;
  /** Failures go to `context.fail`; a `Skip` says why it could not check. */
  run(context: CheckContext): Promise<undefined | Skip>;
}

export interface Recorder {
  readonly failures: Evidence[];
  readonly written: Written[];
}

/** Turns an exchange's failure into evidence as the reports keep it (no key in it). */
export function failureEvidence(
  exchange: Exchange | { readonly request: SentRequest },
  expected: string,
  received: string,
  where: string,
  secrets: Secrets,
): Evidence {
  const response = "response" in exchange ? exchange.response : undefined;
  return evidence(
    { expected, received, request: exchange.request, ...(response ? { response } : {}), where },
    secrets,
  );
}

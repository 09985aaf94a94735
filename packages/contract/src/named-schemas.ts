import { ApiKey, ApiKeyCreate, ApiKeyCreated } from "./entities/api-key";
import { Capability, NodeInfo } from "./entities/node-info";
import { Cursor } from "./pagination";
import {
  InvalidTransitionProblem,
  Problem,
  ProblemFieldError,
  RateLimitedProblem,
  ValidationProblem,
} from "./problems";
import {
  AgreementCreate,
  AgreementListQuery,
  AgreementPatch,
  AgreementStatusChange,
} from "./resources/agreements";
// labels (issue 13)
import {
  AuditCreate,
  LabelApplicationCreate,
  LabelApplicationListQuery,
  LabelDecisionCreate,
  LabelSchemeCreate,
  LabelSchemeListQuery,
} from "./resources/labels";
import {
  LeaseCreate,
  LeaseListQuery,
  LeasePatch,
  LeasePaymentCreate,
  LeasePaymentListQuery,
  LeaseStatusChange,
} from "./resources/leases";
import {
  MemberCreate,
  MemberListQuery,
  MemberPatch,
  MemberStatusChange,
  MemberView,
} from "./resources/members";
import { Receipt } from "./resources/receipts";
import { ArrearsQuery, RentRollQuery } from "./resources/reports";
import { UnitCreate, UnitListQuery } from "./resources/units";
import { ChamberScope, Scope } from "./scopes";
import { ContractVersion } from "./version";

/**
 * The contract's own named schemas; with every zod export of @ghorfa/schemas they are the
 * named components of the OpenAPI document, under these names.
 */
export const CONTRACT_SCHEMAS = {
  Problem,
  ValidationProblem,
  InvalidTransitionProblem,
  RateLimitedProblem,
  ProblemFieldError,
  Scope,
  ChamberScope,
  Cursor,
  ContractVersion,
  Capability,
  NodeInfo,
  ApiKey,
  ApiKeyCreate,
  ApiKeyCreated,
  MemberCreate,
  MemberPatch,
  MemberStatusChange,
  MemberView,
  MemberListQuery,
  UnitCreate,
  UnitListQuery,
  LeaseCreate,
  LeasePatch,
  LeaseStatusChange,
  LeaseListQuery,
  LeasePaymentCreate,
  LeasePaymentListQuery,
  Receipt,
  RentRollQuery,
  ArrearsQuery,
  AgreementCreate,
  AgreementPatch,
  AgreementStatusChange,
  AgreementListQuery,
  // labels (issue 13)
  LabelSchemeCreate,
  LabelSchemeListQuery,
  LabelApplicationCreate,
  LabelApplicationListQuery,
  AuditCreate,
  LabelDecisionCreate,
};

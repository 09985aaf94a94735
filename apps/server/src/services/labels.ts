import type {
  AuditCreate,
  LabelApplicationCreate,
  LabelApplicationListQuery,
  LabelDecisionCreate,
  LabelSchemeCreate,
  LabelSchemeListQuery,
} from "@ghorfa/contract";
import {
  type Audit,
  auditScoreIssues,
  type ChamberId,
  decisionRefusal,
  ghorfaRawIssue,
  grantPeriod,
  LabelApplication,
  type LabelApplicationStatus,
  type LabelDecision,
  LabelScheme,
  type LabelVerification,
  labelStatus,
  labelVerification,
  newId,
  weightedScore,
} from "@ghorfa/schemas";
import { and, asc, eq, gt, gte, inArray, isNull, lt, not, type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from "../db/pg-error";
import { labelApplicationRow, labelSchemeRow } from "../db/rows";
import { labelApplications, labelNumbers, labelSchemes, members } from "../db/schema";
import { takeDocumentNumber } from "./document-numbers";
import { ConflictError, InvalidTransitionError, NotFoundError, ValidationError } from "./errors";
import { cursorAfter, type FiltersOf, type PageOf, type PageRequest, toPage } from "./page";
import type { RecordRef } from "./records";
import { moroccanDate } from "./today";
import { validate } from "./validate";
import { checkVersion, type Versioned } from "./versioned";

// The quality label programme (issue 13). A scheme is set up once. An application keeps its
// audits and decisions in `data`, and beside it the columns its status depends on; its status is
// derived from them for the day of each read (`labelStatus` of @ghorfa/schemas), never stored as
// a fact. A decision's transaction is the one writer of everything a decision changes: the
// application, the label number and its counter, and the version of the member whose labels it
// changes (so the member's ETag changes with its labels).

const SCHEME = "labelScheme";
const APPLICATION = "labelApplication";

/** The day in Morocco at `now`: the "as of" of every status the node serves. */
const dayOf = (now: Date | undefined) => moroccanDate(now ?? new Date());

/** The application as served on `today`: its status derived for that day. */
const served = (application: LabelApplication, today: string): LabelApplication => ({
  ...application,
  status: labelStatus(application, today),
});

// Schemes

export type LabelSchemeFilters = FiltersOf<LabelSchemeListQuery>;

export async function listSchemes(
  db: Database,
  request: PageRequest & LabelSchemeFilters & { chamberId: ChamberId },
): Promise<PageOf<LabelScheme>> {
  const after = cursorAfter(request.cursor, { kind: "labelScheme", chamberId: request.chamberId });
  const rows = await db
    .select({ data: labelSchemes.data })
    .from(labelSchemes)
    .where(
      and(
        eq(labelSchemes.chamberId, request.chamberId),
        after === undefined ? undefined : gt(labelSchemes.id, after),
        request.code === undefined ? undefined : eq(labelSchemes.code, request.code),
      ),
    )
    .orderBy(asc(labelSchemes.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (scheme) => scheme.id,
  );
}

export async function getScheme(db: Database, ref: RecordRef): Promise<Versioned<LabelScheme>> {
  const [row] = await db
    .select({ data: labelSchemes.data, version: labelSchemes.version })
    .from(labelSchemes)
    .where(and(eq(labelSchemes.chamberId, ref.chamberId), eq(labelSchemes.id, ref.id)));
  if (!row) throw new NotFoundError(SCHEME, ref.id);
  return { entity: row.data, version: row.version };
}

/** Sets up a scheme; ConflictError when the chamber already has one of that code. */
export async function createScheme(
  db: Database,
  request: { chamberId: ChamberId; input: LabelSchemeCreate; now?: Date | undefined },
): Promise<Versioned<LabelScheme>> {
  const now = (request.now ?? new Date()).toISOString();
  const scheme = validate(
    LabelScheme,
    {
      ...request.input,
      id: newId("labelScheme", request.chamberId, request.now?.getTime()),
      createdAt: now,
      updatedAt: now,
    },
    SCHEME,
  );
  try {
    // A savepoint, so that a refused insert leaves the request's transaction usable.
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(labelSchemes)
        .values(labelSchemeRow(scheme))
        .returning({ version: labelSchemes.version });
      return { entity: scheme, version: row?.version ?? 1 };
    });
  } catch (error) {
    const state = sqlState(error);
    if (state === FOREIGN_KEY_VIOLATION) throw new NotFoundError("chamber", request.chamberId);
    if (state === UNIQUE_VIOLATION) {
      throw new ConflictError(`${request.chamberId} already has a label scheme ${scheme.code}`, {
        cause: error,
      });
    }
    throw error;
  }
}

// Applications

export type LabelApplicationFilters = FiltersOf<LabelApplicationListQuery>;

const HOLDING = ["granted", "reinstated"] as const;

/**
 * The applications in `status` on `today`, on the columns: the same rule as `statusFrom` of
 * @ghorfa/schemas, written for SQL (a test compares the two on every status).
 */
export function statusCondition(status: LabelApplicationStatus, today: string): SQL | undefined {
  const t = labelApplications;
  const valid = gte(t.validUntil, today);
  switch (status) {
    case "submitted":
      return and(isNull(t.lastDecision), not(t.hasAudit));
    case "under_audit":
      return and(isNull(t.lastDecision), t.hasAudit);
    case "refused":
    case "withdrawn":
      return eq(t.lastDecision, status);
    case "granted":
      return and(inArray(t.lastDecision, [...HOLDING]), valid);
    case "suspended":
      return and(eq(t.lastDecision, "suspended"), valid);
    case "expired":
      return and(inArray(t.lastDecision, [...HOLDING, "suspended"]), lt(t.validUntil, today));
  }
}

export async function listApplications(
  db: Database,
  request: PageRequest & LabelApplicationFilters & { chamberId: ChamberId; now?: Date | undefined },
): Promise<PageOf<LabelApplication>> {
  const after = cursorAfter(request.cursor, { kind: "labelApplication", chamberId: request.chamberId });
  const today = dayOf(request.now);
  const t = labelApplications;
  const rows = await db
    .select({ data: t.data })
    .from(t)
    .where(
      and(
        eq(t.chamberId, request.chamberId),
        after === undefined ? undefined : gt(t.id, after),
        request.status === undefined ? undefined : statusCondition(request.status, today),
        request.schemeId === undefined ? undefined : eq(t.schemeId, request.schemeId),
        request.memberId === undefined ? undefined : eq(t.memberId, request.memberId),
        request.category === undefined ? undefined : eq(t.category, request.category),
      ),
    )
    .orderBy(asc(t.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => served(row.data, today)),
    request.limit,
    (application) => application.id,
  );
}

/** The application `ref` names with its scheme, read or (with `lock`) locked to the end of the transaction. */
async function find(db: Database, ref: RecordRef, lock: boolean) {
  const query = db
    .select({
      data: labelApplications.data,
      version: labelApplications.version,
      scheme: labelSchemes.data,
    })
    .from(labelApplications)
    .innerJoin(labelSchemes, eq(labelSchemes.id, labelApplications.schemeId))
    .where(and(eq(labelApplications.chamberId, ref.chamberId), eq(labelApplications.id, ref.id)));
  const [row] = lock ? await query.for("update", { of: labelApplications }) : await query;
  if (!row) throw new NotFoundError(APPLICATION, ref.id);
  return row;
}

export async function getApplication(
  db: Database,
  ref: RecordRef & { now?: Date | undefined },
): Promise<Versioned<LabelApplication>> {
  const row = await find(db, ref, false);
  return { entity: served(row.data, dayOf(ref.now)), version: row.version };
}

/** A reference in the body to a record the chamber does not hold: 400, naming the field. */
function unknownReference(field: string, id: string): ValidationError {
  const issue = ghorfaRawIssue("label_reference_unknown", `No such record in this chamber: ${id}`, id);
  return new ValidationError(`No ${field} ${id}`, { part: "body", issues: [{ ...issue, path: [field] }] });
}

/** Records a member's application, `submitted`; the scheme and the member must be the chamber's. */
export async function createApplication(
  db: Database,
  request: { chamberId: ChamberId; input: LabelApplicationCreate; now?: Date | undefined },
): Promise<Versioned<LabelApplication>> {
  const { chamberId, input } = request;
  const now = (request.now ?? new Date()).toISOString();
  const application = validate(
    LabelApplication,
    {
      ...input,
      id: newId("labelApplication", chamberId, request.now?.getTime()),
      status: "submitted",
      audits: [],
      decisions: [],
      createdAt: now,
      updatedAt: now,
    },
    APPLICATION,
  );
  const [scheme] = await db
    .select({ code: labelSchemes.code })
    .from(labelSchemes)
    .where(and(eq(labelSchemes.chamberId, chamberId), eq(labelSchemes.id, input.schemeId)));
  if (!scheme) throw unknownReference("schemeId", input.schemeId);
  const [member] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.chamberId, chamberId), eq(members.id, input.memberId)));
  if (!member) throw unknownReference("memberId", input.memberId);
  const [row] = await db
    .insert(labelApplications)
    .values(labelApplicationRow(application, scheme.code))
    .returning({ version: labelApplications.version });
  return { entity: application, version: row?.version ?? 1 };
}

/** Writes `next` over the locked application and moves its version on. */
async function save(
  tx: Database,
  next: LabelApplication,
  schemeCode: string,
): Promise<Versioned<LabelApplication>> {
  const { id: _id, chamberId: _c, createdAt: _created, ...columns } = labelApplicationRow(next, schemeCode);
  const [row] = await tx
    .update(labelApplications)
    .set({ ...columns, version: sql`${labelApplications.version} + 1` })
    .where(eq(labelApplications.id, next.id))
    .returning({ version: labelApplications.version });
  return { entity: next, version: row?.version ?? 0 };
}

type Change = RecordRef & { ifVersion?: number | undefined; now?: Date | undefined };

/**
 * Records an audit on an application: one score per criterion of its scheme (ValidationError
 * otherwise); the weighted score is computed here, by `weightedScore`, never taken from the caller.
 */
export async function recordAudit(
  db: Database,
  request: Change & { input: AuditCreate },
): Promise<Versioned<LabelApplication>> {
  return db.transaction(async (tx) => {
    const current = await find(tx, request, true);
    if (request.ifVersion !== undefined)
      checkVersion(APPLICATION, request.id, request.ifVersion, current.version);
    const { scheme } = current;
    const issues = auditScoreIssues(scheme.criteria, request.input.scores);
    if (issues.length > 0) {
      throw new ValidationError("The scores do not match the scheme's criteria", {
        part: "body",
        issues: issues.map((issue) => ({
          ...ghorfaRawIssue(issue.code, issue.message, request.input.scores),
          path: [...issue.path],
        })),
      });
    }
    const now = request.now ?? new Date();
    const audit: Audit = {
      ...request.input,
      id: newId("audit", request.chamberId, request.now?.getTime()),
      weightedScore: weightedScore(scheme.criteria, request.input.scores),
      recordedAt: now.toISOString(),
    };
    const audits = [...current.data.audits, audit];
    const next = validate(
      LabelApplication,
      { ...served({ ...current.data, audits }, dayOf(now)), updatedAt: now.toISOString() },
      APPLICATION,
    );
    return save(tx, next, scheme.code);
  });
}

/**
 * Records a decision, if the rules of the programme allow it on the day it is taken
 * (`decisionRefusal` of @ghorfa/schemas): a move its status does not allow is an
 * InvalidTransitionError; a rule it breaks, a ValidationError. A grant takes the next number of the
 * scheme's series for the year of its day, in this transaction: numbers run without gaps.
 */
export async function recordDecision(
  db: Database,
  request: Change & { input: LabelDecisionCreate },
): Promise<Versioned<LabelApplication>> {
  return db.transaction(async (tx) => {
    const current = await find(tx, request, true);
    if (request.ifVersion !== undefined)
      checkVersion(APPLICATION, request.id, request.ifVersion, current.version);
    const { scheme, data: application } = current;
    const { input } = request;
    const now = request.now ?? new Date();
    const today = dayOf(now);
    const refusal = decisionRefusal(scheme, application, input, today);
    if (refusal?.kind === "transition") {
      throw new InvalidTransitionError(APPLICATION, refusal.from, input.kind, refusal.allowed);
    }
    if (refusal?.kind === "issue") {
      throw new ValidationError(refusal.message, {
        part: "body",
        issues: [{ ...ghorfaRawIssue(refusal.code, refusal.message, input), path: [...refusal.path] }],
      });
    }
    const common = {
      id: newId("labelDecision", request.chamberId, request.now?.getTime()),
      recordedAt: now.toISOString(),
    };
    let decision: LabelDecision;
    if (input.kind === "granted") {
      const period = grantPeriod(scheme, application, input.date);
      // Taken last, so that the counter's row stays locked for as short a time as can be.
      const labelNumber = await takeDocumentNumber(tx, {
        chamberId: request.chamberId,
        series: scheme.series,
        year: Number(input.date.slice(0, 4)),
      });
      decision = { ...input, ...common, labelNumber, ...period };
    } else decision = { ...input, ...common } as LabelDecision;
    const decisions = [...application.decisions, decision];
    const next = validate(
      LabelApplication,
      { ...served({ ...application, decisions }, today), updatedAt: now.toISOString() },
      APPLICATION,
    );
    const saved = await save(tx, next, scheme.code);
    if (decision.kind === "granted") {
      await tx
        .insert(labelNumbers)
        .values({ chamberId: request.chamberId, number: decision.labelNumber, applicationId: next.id });
    }
    // The member's labels change with the decision: its version (its ETag) moves with them.
    await tx
      .update(members)
      .set({ version: sql`${members.version} + 1` })
      .where(eq(members.id, application.memberId));
    return saved;
  });
}

/**
 * What anyone may learn of the label numbered `labelNumber` of `chamberId` on today's date in
 * Morocco; NotFoundError for a number the chamber never issued.
 */
export async function verify(
  db: Database,
  request: { chamberId: ChamberId; labelNumber: string; now?: Date | undefined },
): Promise<LabelVerification> {
  const [row] = await db
    .select({
      application: labelApplications.data,
      scheme: labelSchemes.data,
      holder: members.data,
    })
    .from(labelNumbers)
    .innerJoin(labelApplications, eq(labelApplications.id, labelNumbers.applicationId))
    .innerJoin(labelSchemes, eq(labelSchemes.id, labelApplications.schemeId))
    .innerJoin(members, eq(members.id, labelApplications.memberId))
    .where(and(eq(labelNumbers.chamberId, request.chamberId), eq(labelNumbers.number, request.labelNumber)));
  const grant = row?.application.decisions.find(
    (d) => d.kind === "granted" && d.labelNumber === request.labelNumber,
  );
  if (!row || grant?.kind !== "granted") throw new NotFoundError("label", request.labelNumber);
  return labelVerification({
    scheme: row.scheme,
    app: row.application,
    holder: { legalName: row.holder.legalName, tradeName: row.holder.tradeName },
    grant,
    asOf: dayOf(request.now),
  });
}

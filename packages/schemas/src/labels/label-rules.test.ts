import { describe, expect, it } from "vitest";
import { fixtureId } from "../ids/ids";
import type { Audit, GrantedDecision, LabelApplication, LabelDecision } from "./label-application";
import {
  auditScoreIssues,
  decisionRefusal,
  grantPeriod,
  heldLabel,
  labelNumberStatus,
  labelStatus,
  weightedScore,
} from "./label-rules";
import type { LabelScheme } from "./label-scheme";

const criteria = [
  { code: "origin", name: { fr: "Origine" }, weight: 3 },
  { code: "hygiene", name: { fr: "Hygiène" }, weight: 2 },
];
const scheme = {
  code: "souss-massa-quality",
  names: { fr: "Souss Massa" },
  criteria,
  passMark: 70,
  validityMonths: 24,
  auditRecencyMonths: 6,
} satisfies Partial<LabelScheme>;

let n = 0;
const audit = (date: string, origin: number, hygiene: number): Audit => {
  const scores = [
    { criterion: "origin", score: origin },
    { criterion: "hygiene", score: hygiene },
  ];
  return {
    id: fixtureId("audit", "ma-09", ++n),
    date,
    auditor: "Auditor",
    scores,
    weightedScore: weightedScore(criteria, scores),
    recordedAt: `${date}T10:00:00.000Z`,
  };
};
const grant = (a: Audit, date: string, validUntil: string): GrantedDecision => ({
  id: fixtureId("labelDecision", "ma-09", ++n),
  kind: "granted",
  date,
  auditId: a.id,
  labelNumber: `SM-${date.slice(0, 4)}-00000${n % 10 || 1}`,
  validFrom: date,
  validUntil,
  recordedAt: `${date}T10:00:00.000Z`,
});
const other = (kind: "suspended" | "withdrawn" | "refused", date: string): LabelDecision => ({
  id: fixtureId("labelDecision", "ma-09", ++n),
  kind,
  date,
  reasons: { fr: "Motif" },
  recordedAt: `${date}T10:00:00.000Z`,
});
const app = (audits: Audit[], decisions: LabelDecision[] = []) =>
  ({ audits, decisions, product: { fr: "Huile d'argan" } }) satisfies Partial<LabelApplication>;

describe("weightedScore", () => {
  it("weighs each score and rounds down, so a 69.8 does not reach 70", () => {
    // (3×70 + 2×69) / 5 = 69.6
    expect(
      weightedScore(criteria, [
        { criterion: "origin", score: 70 },
        { criterion: "hygiene", score: 69 },
      ]),
    ).toBe(69);
    expect(
      weightedScore(criteria, [
        { criterion: "origin", score: 70 },
        { criterion: "hygiene", score: 70 },
      ]),
    ).toBe(70);
  });

  it("gives 0 and 100 at the ends and counts a missing score as 0", () => {
    expect(
      weightedScore(criteria, [
        { criterion: "origin", score: 0 },
        { criterion: "hygiene", score: 0 },
      ]),
    ).toBe(0);
    expect(
      weightedScore(criteria, [
        { criterion: "origin", score: 100 },
        { criterion: "hygiene", score: 100 },
      ]),
    ).toBe(100);
    expect(weightedScore(criteria, [{ criterion: "origin", score: 100 }])).toBe(60);
  });
});

describe("auditScoreIssues", () => {
  it("accepts one score per criterion", () => {
    expect(auditScoreIssues(criteria, audit("2026-01-10", 80, 80).scores)).toEqual([]);
  });

  it("names an unknown, a repeated and a missing criterion", () => {
    const issues = auditScoreIssues(criteria, [
      { criterion: "origin", score: 80 },
      { criterion: "origin", score: 80 },
      { criterion: "taste", score: 80 },
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      ["scores", 1, "criterion"],
      ["scores", 2, "criterion"],
      ["scores"],
    ]);
    expect(issues.every((i) => i.code === "label_audit_scores")).toBe(true);
  });
});

describe("labelStatus", () => {
  const a = audit("2026-01-10", 80, 80);
  const granted = app([a], [grant(a, "2026-01-15", "2028-01-14")]);

  it("is submitted, then under audit once audited", () => {
    expect(labelStatus(app([]), "2026-01-01")).toBe("submitted");
    expect(labelStatus(app([a]), "2026-01-11")).toBe("under_audit");
  });

  it("is granted to the last valid day and expired the day after", () => {
    expect(labelStatus(granted, "2028-01-14")).toBe("granted");
    expect(labelStatus(granted, "2028-01-15")).toBe("expired");
  });

  it("is suspended at once, and a suspended label still expires", () => {
    const suspended = app([a], [...granted.decisions, other("suspended", "2026-06-01")]);
    expect(labelStatus(suspended, "2026-06-01")).toBe("suspended");
    expect(labelStatus(suspended, "2028-01-15")).toBe("expired");
  });

  it("stays withdrawn, past the validity too", () => {
    const withdrawn = app([a], [...granted.decisions, other("withdrawn", "2026-06-01")]);
    expect(labelStatus(withdrawn, "2030-01-01")).toBe("withdrawn");
  });
});

describe("decisionRefusal", () => {
  const today = "2026-12-01";

  it("grants on an audit exactly as old as the recency allows, not one day older", () => {
    const a = audit("2026-01-10", 80, 80);
    expect(
      decisionRefusal(scheme, app([a]), { kind: "granted", date: "2026-07-10", auditId: a.id }, today),
    ).toBeUndefined();
    expect(
      decisionRefusal(scheme, app([a]), { kind: "granted", date: "2026-07-11", auditId: a.id }, today),
    ).toMatchObject({
      kind: "issue",
      code: "label_audit_too_old",
    });
  });

  it("grants on a score at the pass mark, refuses one point below", () => {
    const pass = audit("2026-01-10", 70, 70);
    const below = audit("2026-01-10", 70, 69);
    expect(
      decisionRefusal(scheme, app([pass]), { kind: "granted", date: "2026-01-11", auditId: pass.id }, today),
    ).toBeUndefined();
    expect(
      decisionRefusal(
        scheme,
        app([below]),
        { kind: "granted", date: "2026-01-11", auditId: below.id },
        today,
      ),
    ).toMatchObject({
      code: "label_audit_below_pass_mark",
    });
  });

  it("refuses a grant without an audit, or on an audit later than the decision", () => {
    const a = audit("2026-02-10", 80, 80);
    expect(decisionRefusal(scheme, app([]), { kind: "granted", date: "2026-02-11" }, today)).toMatchObject({
      code: "label_audit_unknown",
    });
    expect(
      decisionRefusal(scheme, app([a]), { kind: "granted", date: "2026-02-09", auditId: a.id }, today),
    ).toMatchObject({
      code: "label_audit_after_decision",
    });
  });

  it("refuses a decision dated after today or before the last decision", () => {
    const a = audit("2026-01-10", 80, 80);
    expect(decisionRefusal(scheme, app([a]), { kind: "refused", date: "2026-12-02" }, today)).toMatchObject({
      code: "label_decision_date",
    });
    const granted = app([a], [grant(a, "2026-03-01", "2028-02-29")]);
    expect(decisionRefusal(scheme, granted, { kind: "suspended", date: "2026-02-28" }, today)).toMatchObject({
      code: "label_decision_date",
    });
    expect(
      decisionRefusal(scheme, granted, { kind: "suspended", date: "2026-03-01" }, today),
    ).toBeUndefined();
  });

  it("renews only on an audit made after the last grant", () => {
    const a = audit("2026-01-10", 80, 80);
    const granted = app([a], [grant(a, "2026-01-15", "2026-12-14")]);
    expect(
      decisionRefusal(scheme, granted, { kind: "granted", date: "2026-02-01", auditId: a.id }, today),
    ).toMatchObject({
      code: "label_audit_not_new",
    });
    const renewal = audit("2026-11-20", 90, 90);
    const both = app([a, renewal], granted.decisions);
    expect(
      decisionRefusal(scheme, both, { kind: "granted", date: "2026-11-25", auditId: renewal.id }, today),
    ).toBeUndefined();
  });

  it("reinstates a suspended label only, on an audit after the suspension", () => {
    const a = audit("2026-01-10", 80, 80);
    const suspended = app([a], [grant(a, "2026-01-15", "2028-01-14"), other("suspended", "2026-03-01")]);
    expect(
      decisionRefusal(scheme, suspended, { kind: "granted", date: "2026-04-01", auditId: a.id }, today),
    ).toEqual({
      kind: "transition",
      from: "suspended",
      allowed: ["reinstated", "withdrawn"],
    });
    expect(
      decisionRefusal(scheme, suspended, { kind: "reinstated", date: "2026-04-01", auditId: a.id }, today),
    ).toMatchObject({
      code: "label_audit_not_new",
    });
    const after = audit("2026-03-20", 75, 75);
    const withAudit = app([a, after], suspended.decisions);
    expect(
      decisionRefusal(
        scheme,
        withAudit,
        { kind: "reinstated", date: "2026-04-01", auditId: after.id },
        today,
      ),
    ).toBeUndefined();
  });

  it("allows nothing after a withdrawal, and no suspension of what is not granted", () => {
    const a = audit("2026-01-10", 80, 80);
    const withdrawn = app([a], [other("withdrawn", "2026-01-12")]);
    expect(
      decisionRefusal(scheme, withdrawn, { kind: "granted", date: "2026-02-01", auditId: a.id }, today),
    ).toEqual({
      kind: "transition",
      from: "withdrawn",
      allowed: [],
    });
    expect(decisionRefusal(scheme, app([a]), { kind: "suspended", date: "2026-02-01" }, today)).toMatchObject(
      {
        kind: "transition",
        from: "under_audit",
      },
    );
  });
});

describe("grantPeriod", () => {
  it("runs the scheme's months from the grant, to the day before", () => {
    expect(grantPeriod(scheme, app([]), "2026-01-15")).toEqual({
      validFrom: "2026-01-15",
      validUntil: "2028-01-14",
    });
  });

  it("starts an early renewal the day after the current label ends, losing no day", () => {
    const a = audit("2026-01-10", 80, 80);
    const granted = app([a], [grant(a, "2026-01-15", "2026-12-31")]);
    expect(grantPeriod(scheme, granted, "2026-12-01")).toEqual({
      validFrom: "2027-01-01",
      validUntil: "2028-12-31",
    });
    expect(grantPeriod(scheme, granted, "2027-01-05")).toEqual({
      validFrom: "2027-01-05",
      validUntil: "2029-01-04",
    });
  });
});

describe("heldLabel and labelNumberStatus", () => {
  const a = audit("2026-01-10", 80, 80);
  const first = grant(a, "2026-01-15", "2026-12-31");
  const granted = app([a], [first]);

  it("shows the label while granted, not once expired or suspended", () => {
    expect(heldLabel(scheme, granted, "2026-12-31")).toEqual({
      code: "souss-massa-quality",
      name: { fr: "Souss Massa" },
      product: { fr: "Huile d'argan" },
      grantedOn: "2026-01-15",
      validUntil: "2026-12-31",
    });
    expect(heldLabel(scheme, granted, "2027-01-01")).toBeUndefined();
    expect(
      heldLabel(scheme, app([a], [first, other("suspended", "2026-02-01")]), "2026-02-01"),
    ).toBeUndefined();
  });

  it("says an earlier number expired once past its own end, though the label was renewed", () => {
    const b = audit("2026-12-01", 90, 90);
    const renewed = app([a, b], [first, grant(b, "2026-12-02", "2028-12-31")]);
    expect(labelNumberStatus(renewed, first, "2026-12-31")).toBe("granted");
    expect(labelNumberStatus(renewed, first, "2027-01-01")).toBe("expired");
  });
});

// events (issue 13)
import type {
  AuditCreate,
  EventCreate,
  LabelSchemeCreate,
  LeaseCreate,
  MemberCreate,
  RegistrationCreate,
  UnitCreate,
} from "@ghorfa/contract";
// events (issue 13)
import { type ChamberId, completeIce, newId } from "@ghorfa/schemas";
import type { Database } from "../db/connect";
import * as events from "./events";
import * as labels from "./labels";
import * as members from "./members";
import * as units from "./units";

// Valid inputs for service tests, numbered so each is distinct (its ICE and RC number too).

export function memberInput(n: number, overrides: Partial<MemberCreate> = {}): MemberCreate {
  return {
    legalName: `Essai ${n} SARL`,
    legalForm: "sarl",
    identifiers: {
      ice: completeIce(`00${String(3_000_000 + n).padStart(7, "0")}0000`),
      rc: { court: "Agadir", number: String(100_000 + n) },
    },
    section: "commerce",
    activity: { fr: "Commerce de gros", ar: "تجارة الجملة" },
    address: { region: "ma-09", prefecture: "Agadir Ida-Outanane", city: "Agadir" },
    contacts: {},
    labels: [],
    ...overrides,
  };
}

export function unitInput(code: string, overrides: Partial<UnitCreate> = {}): UnitCreate {
  return {
    building: { code: "TST", name: { fr: "Bâtiment d'essai", ar: "بناية تجريبية" } },
    code,
    kind: "office",
    floor: 1,
    areaDm2: 4250,
    ...overrides,
  };
}

export function leaseInput(
  refs: { tenantId: string; unitId: string },
  overrides: Partial<LeaseCreate> = {},
): LeaseCreate {
  return {
    tenantId: refs.tenantId as LeaseCreate["tenantId"],
    unitId: refs.unitId as LeaseCreate["unitId"],
    start: "2026-01-01",
    termMonths: 36,
    monthlyRent: { amount: 500_000, currency: "MAD" },
    deposit: { amount: 1_000_000, currency: "MAD" },
    legalRegime: "law_67_12",
    use: "professional",
    ...overrides,
  };
}

/** A new member and a new unit of `chamberId`, to lease one to the other. */
export async function tenantAndUnit(db: Database, chamberId: ChamberId, n: number) {
  const region = chamberId;
  const member = await members.create(db, {
    chamberId,
    input: memberInput(n, { address: { region, prefecture: "Préfecture", city: "Ville" } }),
  });
  const unit = await units.create(db, { chamberId, input: unitInput(`L-${n}`) });
  return { tenantId: member.entity.id, unitId: unit.entity.id };
}

// events (issue 13)
const DAY = 86_400_000;
const dayAfter = (days: number, now: number) => new Date(now + days * DAY).toISOString().slice(0, 10);

/**
 * An event of `chamberId` whose registrations are open now (from yesterday for a month) and which
 * takes place after they close; `capacity` seats, the members' price and another.
 */
export function eventInput(
  chamberId: ChamberId,
  n: number,
  overrides: Partial<EventCreate> = {},
  now = Date.now(),
): EventCreate {
  const start = dayAfter(40, now);
  return {
    names: { fr: `Forum d'essai ${n}`, ar: `منتدى تجريبي ${n}` },
    dates: { start, end: dayAfter(41, now) },
    venue: { name: { fr: "Palais des congrès" }, city: { fr: "Agadir", ar: "أكادير" } },
    sessions: [
      {
        id: newId("eventSession", chamberId),
        title: { fr: "Ouverture" },
        start: `${start}T09:00:00+01:00`,
        end: `${start}T10:30:00+01:00`,
      },
    ],
    capacity: 100,
    registration: {
      opens: new Date(now - DAY).toISOString(),
      closes: new Date(now + 30 * DAY).toISOString(),
    },
    fee: {
      kind: "membership_price",
      member: { amount: 50_000, currency: "MAD" },
      other: { amount: 120_000, currency: "MAD" },
    },
    audience: "anyone",
    isPublic: true,
    ...overrides,
  };
}

/** A published event of `chamberId` taking registrations now (see `eventInput`). */
export async function openEvent(
  db: Database,
  chamberId: ChamberId,
  n: number,
  overrides: Partial<EventCreate> = {},
) {
  const created = await events.create(db, { chamberId, input: eventInput(chamberId, n, overrides) });
  return events.setStatus(db, { chamberId, id: created.entity.id, status: "published" });
}

/** A registration input of an outside participant, numbered so that each e-mail is distinct. */
export function registrationInput(
  n: number,
  overrides: Partial<RegistrationCreate> = {},
): RegistrationCreate {
  return {
    participant: {
      kind: "outside",
      person: { name: `Participant ${n}`, email: `participant${n}@essai.example` },
    },
    consent: { given: true, textVersion: "2026-11" },
    ...overrides,
  };
}

// labels (issue 13)

/** A label scheme of code `test-scheme-<n>`: two criteria weighing 3 and 1, pass mark 70, 24 months. */
export function labelSchemeInput(n: number, overrides: Partial<LabelSchemeCreate> = {}): LabelSchemeCreate {
  return {
    code: `test-scheme-${n}`,
    names: { fr: `Label d'essai ${n}`, ar: `علامة تجريبية ${n}` },
    criteria: [
      { code: "origin", name: { fr: "Origine" }, weight: 3 },
      { code: "hygiene", name: { fr: "Hygiène" }, weight: 1 },
    ],
    passMark: 70,
    validityMonths: 24,
    series: "TS",
    auditRecencyMonths: 6,
    ...overrides,
  };
}

/** An audit of `date` scoring the test scheme's two criteria. */
export function auditInput(date: string, origin = 80, hygiene = 80): AuditCreate {
  return {
    date,
    auditor: "Auditeur d'essai",
    scores: [
      { criterion: "origin", score: origin },
      { criterion: "hygiene", score: hygiene },
    ],
  };
}

/**
 * A new scheme of `chamberId` (its own series, so its numbers start at 1), a new member and its
 * application, `n` making each distinct.
 */
export async function labelApplicationOf(
  db: Database,
  chamberId: ChamberId,
  n: number,
  scheme?: Partial<LabelSchemeCreate>,
) {
  const created = await labels.createScheme(db, { chamberId, input: labelSchemeInput(n, scheme) });
  const member = await members.create(db, {
    chamberId,
    input: memberInput(n, { address: { region: chamberId, prefecture: "Préfecture", city: "Ville" } }),
  });
  const application = await labels.createApplication(db, {
    chamberId,
    input: {
      schemeId: created.entity.id,
      memberId: member.entity.id,
      product: { fr: `Produit ${n}`, ar: `منتوج ${n}` },
      category: "argan_oil",
      province: "Taroudant",
    },
  });
  return { scheme: created.entity, member: member.entity, application: application.entity };
}

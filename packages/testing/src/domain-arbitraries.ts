import {
  type Agreement,
  AgreementDomain,
  AgreementKind,
  type AgreementParty,
  AgreementStatus,
  BOOKS_CURRENCY,
  type ChamberId,
  CommitmentStatus,
  type Event,
  EventAudience,
  EventStatus,
  type FeeRule,
  formatDocumentNumber,
  formatReceiptNumber,
  // labels (issue 13)
  type LabelApplication,
  LabelApplicationStatus,
  type LabelDecision,
  type LabelScheme,
  type LabelVerification,
  type Lease,
  type LeasePayment,
  LeaseStatus,
  LegalRegime,
  MAX_MONEY_AMOUNT,
  makeId,
  PartyKind,
  PartyRole,
  PaymentKind,
  PaymentMethod,
  PremisesUse,
  ProductCategory,
  type Registration,
  RegistrationStatus,
  type Service,
  ServiceAudience,
  ServiceCategory,
  ServiceChannel,
  type ServiceRequest,
  ServiceRequestStatus,
  type Unit,
  UnitKind,
  UnitStatus,
} from "@ghorfa/schemas";
import fc from "fast-check";
import {
  chamberId,
  dateRange,
  email,
  isoDate,
  isoDateTime,
  localizedText,
  phone,
  text,
  webUrl,
} from "./arbitraries";

// Generators of valid units, leases, payments and agreements in their canonical (parsed) form,
// for property tests. Every refinement of the schemas is honoured by construction.

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops the keys whose value is undefined, as zod's output does for absent optional keys. */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
/** Text that fits a field of at most `max` UTF-16 code units. */
const shortText = (max: number) => text(Math.min(max, 12)).filter((s) => s.length <= max);

const instants = fc
  .tuple(
    fc.date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }),
    fc.integer({ min: 0, max: 10 ** 10 }),
  )
  .map(([d, later]) => [d.toISOString(), new Date(d.getTime() + later).toISOString()] as const);

// A chamber's books are in MAD (BOOKS_CURRENCY): leases and payments in another are refused.
const currency = fc.constant(BOOKS_CURRENCY);
const centimes = fc.nat({ max: MAX_MONEY_AMOUNT });

export const unit: fc.Arbitrary<Unit> = fc.tuple(chamberId, fc.ulid()).chain(([owner, ulid]) =>
  fc
    .record({
      building: fc.record({ code: fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,15}$/), name: localizedText }),
      code: shortText(32),
      kind: fc.constantFrom(...UnitKind.options),
      floor: fc.integer({ min: -10, max: 200 }),
      areaDm2: fc.integer({ min: 1, max: 100_000_000 }),
      status: optional(fc.constantFrom(...UnitStatus.options)),
    })
    .map((u) => compact({ id: makeId("unit", owner, ulid), chamberId: owner, ...u }) as Unit),
);

/** The ISO date `days` after `date`. */
const after = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

// Months are counted here as `after` counts days, apart from the schemas' calendar (not public).
/** The month `YYYY-MM` a date falls in. */
const monthOf = (date: string) => date.slice(0, 7);
/** The month `count` months after `month` (before, when negative). */
function addMonthsToMonth(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** A rent history: steps from `start`, strictly later each, the last one at `last`. */
const rentHistory = (start: string, unitOf: string, last: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 5_000 }), { maxLength: 3 }).chain((offsets) =>
    fc.array(centimes, { minLength: offsets.length, maxLength: offsets.length }).map((rents) => {
      const froms = [start, ...[...offsets].sort((a, b) => a - b).map((days) => after(start, days))];
      const amounts = [...rents, last];
      return froms.map((effectiveFrom, i) => ({
        effectiveFrom,
        monthlyRent: { amount: amounts[i] ?? last, currency: unitOf },
      }));
    }),
  );

export const lease: fc.Arbitrary<Lease> = fc
  .record({
    owner: chamberId,
    ulids: fc.tuple(fc.ulid(), fc.ulid(), fc.ulid()),
    range: dateRange,
    hasEnd: fc.boolean(),
    termMonths: optional(fc.integer({ min: 1, max: 1200 })),
    currency,
    rent: centimes,
    deposit: centimes,
    entryFee: optional(centimes),
    status: fc.constantFrom(...LeaseStatus.options),
    instants,
  })
  .chain(
    ({ owner, ulids, range: [start, end], hasEnd, status, currency: unitOf, rent, instants: [c, u], ...l }) =>
      fc
        .record({
          legalRegime: fc.constantFrom(...LegalRegime.options),
          use: fc.constantFrom(...PremisesUse.options),
          revisionClause: optional(
            fc
              .record({
                text: optional(localizedText),
                lastRevisionOn: optional(fc.nat(5_000).map((d) => after(start, d))),
              })
              .map(compact),
          ),
          rentHistory: optional(rentHistory(start, unitOf, rent)),
        })
        .map((rest) => {
          // A terminated lease says when it ended; so does an expired one without a term.
          const needsEnd = status === "terminated" || (status === "expired" && l.termMonths === undefined);
          return compact({
            id: makeId("lease", owner, ulids[0]),
            chamberId: owner,
            tenantId: makeId("member", owner, ulids[1]),
            unitId: makeId("unit", owner, ulids[2]),
            start,
            termMonths: l.termMonths,
            end: hasEnd || needsEnd ? end : undefined,
            monthlyRent: { amount: rent, currency: unitOf },
            deposit: { amount: l.deposit, currency: unitOf },
            entryFee: l.entryFee === undefined ? undefined : { amount: l.entryFee, currency: unitOf },
            ...rest,
            status,
            createdAt: c,
            updatedAt: u,
          }) as Lease;
        }),
  );

export const leasePayment: fc.Arbitrary<LeasePayment> = fc
  .record({
    owner: chamberId,
    ulids: fc.tuple(fc.ulid(), fc.ulid()),
    kind: fc.constantFrom(...PaymentKind.options),
    // The period starts up to 20 years before the month paid in, or 5 years after; it spans up
    // to 5 years, so it never reaches past MAX_PAYMENT_PERIOD_MONTHS after the payment.
    months: fc.tuple(fc.integer({ min: -240, max: 60 }), fc.integer({ min: 0, max: 59 })),
    hasPeriod: fc.boolean(),
    amount: fc.integer({ min: 1, max: MAX_MONEY_AMOUNT }),
    currency,
    method: fc.constantFrom(...PaymentMethod.options),
    paidOn: isoDate,
    sequence: fc.integer({ min: 1, max: 999_999 }),
    reference: optional(shortText(64)),
  })
  .map(
    ({
      owner,
      ulids,
      kind,
      months: [offset, span],
      hasPeriod,
      amount,
      currency: unitOf,
      paidOn,
      sequence,
      ...p
    }) => {
      const from = addMonthsToMonth(monthOf(paidOn), offset);
      return compact({
        id: makeId("payment", owner, ulids[0]),
        chamberId: owner,
        leaseId: makeId("lease", owner, ulids[1]),
        kind,
        period: kind === "rent" || hasPeriod ? { from, to: addMonthsToMonth(from, span) } : undefined,
        amount: { amount, currency: unitOf },
        method: p.method,
        paidOn,
        receiptNumber: formatReceiptNumber(Number(paidOn.slice(0, 4)), sequence),
        reference: p.reference,
      }) as LeasePayment;
    },
  );

const country = fc.stringMatching(/^[A-Z]{2}$/);
const otherParty: fc.Arbitrary<AgreementParty> = fc
  .record({ kind: fc.constantFrom(...PartyKind.options), role: fc.constantFrom(...PartyRole.options) })
  .chain(({ kind, role }) =>
    fc.record({ name: localizedText, chamberId, country }).map(({ name, chamberId: id, country: c }) =>
      compact({
        kind,
        role,
        chamberId: kind === "federation_chamber" ? id : undefined,
        name,
        country: kind === "federation_chamber" || kind === "federation" ? "MA" : c,
      }),
    ),
  );
const recorder = (owner: ChamberId) =>
  fc.record({ role: fc.constantFrom(...PartyRole.options), name: localizedText }).map(
    ({ role, name }): AgreementParty => ({
      kind: "federation_chamber",
      role,
      chamberId: owner,
      name,
      country: "MA",
    }),
  );

const SIGNED: readonly string[] = ["signed", "in_force", "expired", "terminated"];

export const agreement: fc.Arbitrary<Agreement> = fc
  .record({
    owner: chamberId,
    ulid: fc.ulid(),
    others: fc.array(otherParty, { minLength: 1, maxLength: 4 }),
    recorderAt: fc.nat(),
    status: fc.constantFrom(...AgreementStatus.options),
  })
  .chain(({ owner, ulid, others, recorderAt, status }) =>
    recorder(owner).chain((first) => {
      const parties = [...others];
      parties.splice(recorderAt % (others.length + 1), 0, first);
      return fc
        .record({
          reference: shortText(64),
          kind: fc.constantFrom(...AgreementKind.options),
          title: localizedText,
          summary: optional(localizedText),
          signature: SIGNED.includes(status)
            ? fc.record({ place: localizedText, date: isoDate })
            : optional(fc.record({ place: localizedText, date: isoDate })),
          period: fc
            .tuple(dateRange, fc.boolean())
            .map(([[start, end], open]) => compact({ start, end: open ? undefined : end })),
          domains: fc.uniqueArray(fc.constantFrom(...AgreementDomain.options), {
            minLength: 1,
            maxLength: 4,
          }),
          commitments: fc.array(
            fc.record({
              id: fc.ulid().map((u) => makeId("commitment", owner, u)),
              description: localizedText,
              owner: fc.nat({ max: parties.length - 1 }),
              due: isoDate,
              status: fc.constantFrom(...CommitmentStatus.options),
            }),
            { maxLength: 3 },
          ),
          documents: fc.array(
            fc.record({ title: localizedText, url: webUrl, sha256: fc.stringMatching(/^[0-9a-f]{64}$/) }),
            { maxLength: 2 },
          ),
          published: fc.boolean(),
          instants,
        })
        .map(
          ({ instants: [createdAt, updatedAt], ...a }) =>
            compact({
              id: makeId("agreement", owner, ulid),
              ...a,
              parties,
              status,
              createdAt,
              updatedAt,
            }) as Agreement,
        );
    }),
  );

// services platform (issue 13)

const mad = (amount: number) => ({ amount, currency: BOOKS_CURRENCY });

const feeRule: fc.Arbitrary<FeeRule> = fc.oneof(
  fc.constant({ kind: "free" as const }),
  centimes.map((amount) => ({ kind: "fixed" as const, amount: mad(amount) })),
  fc
    .record({
      partsPerMillion: fc.integer({ min: 1, max: 1_000_000 }),
      minimum: centimes,
      extra: optional(centimes),
    })
    .map(({ partsPerMillion, minimum, extra }) =>
      compact({
        kind: "per_mille" as const,
        partsPerMillion,
        minimum: mad(minimum),
        maximum: extra === undefined ? undefined : mad(Math.min(MAX_MONEY_AMOUNT, minimum + extra)),
      }),
    ),
  fc.tuple(centimes, centimes).map(([member, other]) => ({
    kind: "membership_price" as const,
    member: mad(member),
    other: mad(other),
  })),
);

export const service: fc.Arbitrary<Service> = fc.tuple(chamberId, fc.ulid()).chain(([owner, ulid]) =>
  fc
    .record({
      code: fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{1,31}$/),
      names: localizedText,
      category: fc.constantFrom(...ServiceCategory.options),
      audience: fc.constantFrom(...ServiceAudience.options),
      requiredDocuments: fc.array(localizedText, { maxLength: 3 }),
      fee: feeRule,
      serviceLevelDays: fc.integer({ min: 1, max: 250 }),
      channel: fc.constantFrom(...ServiceChannel.options),
      active: fc.boolean(),
      documentSeries: optional(fc.stringMatching(/^[A-Z]{2,4}$/)),
      instants,
    })
    .map(
      ({ instants: [createdAt, updatedAt], ...s }) =>
        compact({
          id: makeId("service", owner, ulid),
          chamberId: owner,
          ...s,
          createdAt,
          updatedAt,
        }) as Service,
    ),
);

export const serviceRequest: fc.Arbitrary<ServiceRequest> = fc
  .record({
    owner: chamberId,
    ulids: fc.tuple(fc.ulid(), fc.ulid(), fc.ulid()),
    range: dateRange,
    byMember: fc.boolean(),
    status: fc.constantFrom(...ServiceRequestStatus.options),
    instants,
  })
  .chain(
    ({ owner, ulids, range: [submittedOn, dueOn], byMember, status, instants: [createdAt, updatedAt] }) =>
      fc
        .record({
          requester: fc
            .record({ name: shortText(120), email: optional(email), phone: optional(phone) })
            .filter((p) => p.email !== undefined || p.phone !== undefined)
            .map(compact),
          declaredValue: optional(centimes.map(mad)),
          fee: centimes.map(mad),
          documents: fc.array(
            fc.record({
              name: shortText(200),
              mediaType: fc.constantFrom("application/pdf", "image/jpeg", "image/png"),
              sizeBytes: fc.integer({ min: 0, max: 1_000_000_000 }),
              sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
            }),
            { maxLength: 2 },
          ),
          assignedTo: optional(shortText(120)),
          reason: optional(shortText(200)),
          deliveredAfter: fc.nat({ max: 400 }),
          documentNumber: optional(fc.integer({ min: 1, max: 999_999 })),
        })
        .map(({ requester, deliveredAfter, reason, documentNumber, ...r }) => {
          const deliveredOn = status === "delivered" ? after(submittedOn, deliveredAfter) : undefined;
          const year = deliveredOn?.slice(0, 4);
          return compact({
            id: makeId("serviceRequest", owner, ulids[0]),
            chamberId: owner,
            serviceId: makeId("service", owner, ulids[1]),
            memberId: byMember ? makeId("member", owner, ulids[2]) : undefined,
            requester: byMember ? undefined : requester,
            ...r,
            status,
            reason: status === "rejected" || status === "withdrawn" ? (reason ?? "Motif") : reason,
            submittedOn,
            dueOn,
            deliveredOn,
            documentNumber:
              year === undefined || documentNumber === undefined
                ? undefined
                : `CO-${year}-${String(documentNumber).padStart(6, "0")}`,
            createdAt,
            updatedAt,
          }) as ServiceRequest;
        }),
  );

// events (issue 13)
const eventFee: fc.Arbitrary<FeeRule> = fc.oneof(
  fc.constant({ kind: "free" as const }),
  centimes.map((amount) => ({ kind: "fixed" as const, amount: { amount, currency: BOOKS_CURRENCY } })),
  fc.tuple(centimes, centimes).map(([member, other]) => ({
    kind: "membership_price" as const,
    member: { amount: member, currency: BOOKS_CURRENCY },
    other: { amount: other, currency: BOOKS_CURRENCY },
  })),
);

/** Valid events: sessions on the event's days (as written), registrations closing by its last day. */
export const event: fc.Arbitrary<Event> = fc
  .record({
    owner: chamberId,
    ulid: fc.ulid(),
    dates: dateRange,
    sessions: fc.uniqueArray(fc.ulid(), { maxLength: 3 }),
  })
  .chain(({ owner, ulid, dates: [start, end], sessions }) =>
    fc
      .record({
        names: localizedText,
        description: optional(localizedText),
        venue: fc.record({ name: localizedText, city: localizedText }),
        titles: fc.array(localizedText, { minLength: sessions.length, maxLength: sessions.length }),
        capacity: fc.integer({ min: 1, max: 100_000 }),
        fee: eventFee,
        audience: fc.constantFrom(...EventAudience.options),
        status: fc.constantFrom(...EventStatus.options),
        isPublic: fc.boolean(),
        instants,
      })
      .map(
        ({ titles, instants: [createdAt, updatedAt], ...e }) =>
          compact({
            id: makeId("event", owner, ulid),
            ...e,
            dates: { start, end },
            sessions: sessions.map((u, i) => ({
              id: makeId("eventSession", owner, u),
              title: titles[i] ?? { fr: "Séance" },
              start: `${start}T09:00:00+01:00`,
              end: `${end}T10:00:00+01:00`,
            })),
            registration: { opens: `${start}T07:00:00+01:00`, closes: `${end}T08:00:00+01:00` },
            createdAt,
            updatedAt,
          }) as Event,
      ),
  );

/** Valid registrations: of the event's chamber, checked in exactly when attended. */
export const registration: fc.Arbitrary<Registration> = fc
  .record({
    owner: chamberId,
    ids: fc.tuple(fc.ulid(), fc.ulid(), fc.ulid()),
    status: fc.constantFrom(...RegistrationStatus.options),
    isMember: fc.boolean(),
    person: fc.record({
      name: shortText(200),
      email,
      phone: optional(fc.stringMatching(/^\+[1-9][0-9]{6,14}$/)),
      organisation: optional(shortText(200)),
    }),
    textVersion: shortText(32),
    at: isoDateTime,
    checkedInAt: isoDateTime,
    fee: centimes,
    instants,
  })
  .map(
    ({
      owner,
      ids: [id, eventId, memberId],
      status,
      isMember,
      person,
      textVersion,
      at,
      checkedInAt,
      fee,
      instants: [createdAt, updatedAt],
    }) =>
      compact({
        id: makeId("registration", owner, id),
        eventId: makeId("event", owner, eventId),
        participant: isMember
          ? {
              kind: "member_staff" as const,
              memberId: makeId("member", owner, memberId),
              person: compact(person),
            }
          : { kind: "outside" as const, person: compact(person) },
        consent: { given: true, textVersion, at },
        status,
        fee: { amount: fee, currency: BOOKS_CURRENCY },
        checkedInAt: status === "attended" ? checkedInAt : undefined,
        createdAt,
        updatedAt,
      }) as Registration,
  );

// labels (issue 13)

const labelCode = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const series = fc.stringMatching(/^[A-Z]{2,4}$/);
const labelNumber = fc
  .tuple(series, fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 999_999 }))
  .map(([s, year, sequence]) => formatDocumentNumber(s, year, sequence));

export const labelScheme: fc.Arbitrary<LabelScheme> = fc.tuple(chamberId, fc.ulid()).chain(([owner, ulid]) =>
  fc
    .record({
      code: labelCode,
      names: localizedText,
      criteria: fc.uniqueArray(
        fc.record({
          code: fc.stringMatching(/^[a-z0-9]{1,10}(?:[-_][a-z0-9]{1,8})?$/),
          name: localizedText,
          weight: fc.integer({ min: 1, max: 100 }),
        }),
        { minLength: 1, maxLength: 5, selector: (c) => c.code },
      ),
      passMark: fc.integer({ min: 0, max: 100 }),
      validityMonths: fc.integer({ min: 1, max: 120 }),
      series,
      auditRecencyMonths: fc.integer({ min: 1, max: 60 }),
      instants,
    })
    .map(({ instants: [createdAt, updatedAt], ...scheme }) => ({
      id: makeId("labelScheme", owner, ulid),
      ...scheme,
      createdAt,
      updatedAt,
    })),
);

export const labelApplication: fc.Arbitrary<LabelApplication> = fc
  .tuple(chamberId, fc.ulid(), fc.ulid(), fc.ulid())
  .chain(([owner, ulid, scheme, member]) =>
    fc
      .record({
        product: localizedText,
        category: fc.constantFrom(...ProductCategory.options),
        province: shortText(100),
        status: fc.constantFrom(...LabelApplicationStatus.options),
        audits: fc.array(
          fc.record({
            id: fc.ulid().map((u) => makeId("audit", owner, u)),
            date: isoDate,
            auditor: shortText(200),
            scores: fc.array(fc.record({ criterion: labelCode, score: fc.integer({ min: 0, max: 100 }) }), {
              minLength: 1,
              maxLength: 4,
            }),
            weightedScore: fc.integer({ min: 0, max: 100 }),
            findings: optional(localizedText),
            recordedAt: fc
              .date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
              .map((d) => d.toISOString()),
          }),
          { maxLength: 3 },
        ),
        days: fc.array(isoDate, { maxLength: 4 }),
        kinds: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        numbers: fc.array(labelNumber, { minLength: 4, maxLength: 4 }),
        ulids: fc.array(fc.ulid(), { minLength: 4, maxLength: 4 }),
        reasons: optional(localizedText),
        instants,
      })
      .map(({ instants: [createdAt, updatedAt], days, kinds, numbers, ulids, reasons, audits, ...a }) => {
        const decisions = [...days].sort().map((date, i): LabelDecision => {
          const common = {
            id: makeId("labelDecision", owner, ulids[i] as string),
            date,
            recordedAt: createdAt,
          };
          const audit = audits[(kinds[i] as number) % Math.max(audits.length, 1)];
          const kind = (kinds[i] as number) % 5;
          const why = reasons ?? { fr: "Motif" };
          if (audit && kind === 0) {
            return compact({
              ...common,
              kind: "granted" as const,
              auditId: audit.id,
              labelNumber: numbers[i] as string,
              validFrom: date,
              validUntil: after(date, 365),
              reasons,
            });
          }
          if (audit && kind === 1)
            return compact({ ...common, kind: "reinstated" as const, auditId: audit.id, reasons });
          if (kind === 2) return { ...common, kind: "suspended", reasons: why };
          if (kind === 3) return { ...common, kind: "withdrawn", reasons: why };
          return compact({ ...common, kind: "refused" as const, auditId: audit?.id, reasons: why });
        });
        return {
          id: makeId("labelApplication", owner, ulid),
          schemeId: makeId("labelScheme", owner, scheme),
          memberId: makeId("member", owner, member),
          ...a,
          audits: audits.map(compact),
          decisions,
          createdAt,
          updatedAt,
        } as LabelApplication;
      }),
  );

export const labelVerification: fc.Arbitrary<LabelVerification> = fc.record({
  labelNumber,
  status: fc.constantFrom(...LabelApplicationStatus.options),
  chamberId,
  scheme: fc.record({ code: labelCode, names: localizedText }),
  product: localizedText,
  category: fc.constantFrom(...ProductCategory.options),
  holder: shortText(200),
  validFrom: isoDate,
  validUntil: isoDate,
  asOf: isoDate,
});

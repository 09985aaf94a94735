import {
  CHAMBER_IDS,
  type Chamber,
  type ChamberId,
  completeIce,
  isBlankText,
  type LocalizedText,
  MAX_MONEY_AMOUNT,
  type Member,
  type MemberLabel,
  type MemberPublic,
  type Money,
  makeId,
  normalizeText,
  REGIONS,
  textRefusal,
} from "@ghorfa/schemas";
import fc from "fast-check";

// Generators of valid values in their canonical (parsed) form, for property tests (of the schemas,
// of the contract's JSON Schemas). They live here and not in @ghorfa/schemas: fast-check is for tests.

/** `fc.record` with plain objects, as JSON.parse and zod make them (toStrictEqual compares prototypes). */
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> =>
  fc.record(model, { noNullPrototype: true });

export const chamberId: fc.Arbitrary<ChamberId> = fc.constantFrom(...CHAMBER_IDS);

/** A line of text in its stored form (text.ts), in any script (Arabic, Tifinagh, emoji…). */
export const text = (maxLength = 24): fc.Arbitrary<string> =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength })
    .map((s) => normalizeText(s))
    .filter((s) => s.length > 0 && textRefusal(s) === undefined && !isBlankText(s));

export const localizedText: fc.Arbitrary<LocalizedText> = fc
  .record({ ar: text(), fr: text(), en: text(), zgh: text() }, { requiredKeys: [], noNullPrototype: true })
  .filter((t) => t.ar !== undefined || t.fr !== undefined);

export const money: fc.Arbitrary<Money> = record({
  amount: fc.integer({ min: -MAX_MONEY_AMOUNT, max: MAX_MONEY_AMOUNT }).filter((n) => !Object.is(n, -0)),
  currency: fc.constantFrom("MAD", "EUR", "XOF", "USD"),
});

export const nonNegativeMoney: fc.Arbitrary<Money> = record({
  amount: fc.nat({ max: MAX_MONEY_AMOUNT }),
  currency: fc.constantFrom("MAD", "EUR", "XOF"),
});

const day = fc.date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true });
export const isoDate: fc.Arbitrary<string> = day.map((d) => d.toISOString().slice(0, 10));
export const isoDateTime: fc.Arbitrary<string> = day.map((d) => d.toISOString());

/** Two ISO dates, the first on or before the second. */
export const dateRange: fc.Arbitrary<[string, string]> = fc
  .tuple(isoDate, isoDate)
  .map(([a, b]) => (a <= b ? [a, b] : [b, a]));

const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));
const digitsBetween = (min: number, max: number) =>
  fc.integer({ min, max }).chain((length) => digitString(length));

export const ice: fc.Arbitrary<string> = digitString(13).map(completeIce);
export const phone: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("5", "6", "7"), digitString(8))
  .map(([kind, rest]) => `+212${kind}${rest}`);

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
export const email: fc.Arbitrary<string> = fc
  .tuple(word, word, fc.constantFrom("ma", "com", "sn", "es"))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
export const webUrl: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("http", "https"), word, fc.constantFrom("ma", "com", "org"), word)
  .map(([scheme, host, tld, path]) => `${scheme}://${host}.${tld}/${path}`);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops the keys whose value is undefined, as zod's output does for absent optional keys. */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export const region = fc.constantFrom(...REGIONS);

const office = (kind: "seat" | "annex" | "abroad") =>
  record({
    name: localizedText,
    city: text(),
    country: kind === "abroad" ? fc.constantFrom("SN", "ES", "FR", "BE", "CI") : fc.constant("MA"),
    address: optional(text(60)),
  }).map((o) => compact({ kind, ...o }));

export const chamber: fc.Arbitrary<Chamber> = chamberId.chain((id) =>
  record({
    names: localizedText,
    seat: office("seat"),
    others: fc.array(fc.oneof(office("annex"), office("abroad")), { maxLength: 4 }),
    seatAt: fc.nat(),
    bureau: fc.array(
      record({
        post: fc.constantFrom("president", "vice_president", "secretary", "treasurer", "director" as const),
        holder: localizedText,
        range: dateRange,
        open: fc.boolean(),
      }).map(({ range, open, ...m }) =>
        compact({ ...m, since: range[0], until: open ? undefined : range[1] }),
      ),
      { maxLength: 5 },
    ),
    certifications: fc.array(
      record({
        standard: fc.constantFrom("ISO 9001", "ISO 14001", "ISO 45001"),
        body: optional(text()),
        years: fc.uniqueArray(fc.integer({ min: 1987, max: 2100 }), { minLength: 1, maxLength: 6 }),
        validUntil: optional(isoDate),
      }).map(({ years, validUntil, ...c }) =>
        compact({
          ...c,
          renewals: [...years].sort((a, b) => a - b).map((year) => compact({ year, validUntil })),
        }),
      ),
      { maxLength: 3 },
    ),
    digitalServices: fc.array(
      record({
        kind: fc.constantFrom("erp", "mobile_app", "portal", "e_service" as const),
        name: text(),
        url: optional(webUrl),
      }).map(compact),
      { maxLength: 3 },
    ),
    indicators: fc.array(
      fc
        .tuple(
          fc.oneof(
            record({
              kind: fc.constant("clean_energy_share" as const),
              value: fc.integer({ min: 0, max: 10_000 }),
            }),
            record({
              kind: fc.constantFrom("monthly_rent_income", "entry_fees_collected" as const),
              value: nonNegativeMoney,
            }),
            record({ kind: fc.constant("members_count" as const), value: fc.nat() }),
          ),
          dateRange,
          fc.boolean(),
        )
        .map(([indicator, [from, asOf], isPeriod]) =>
          compact({ ...indicator, asOf, from: isPeriod ? from : undefined }),
        ),
      { maxLength: 4 },
    ),
    nodeUrl: webUrl,
  }).map(({ seat, others, seatAt, ...c }) => {
    const offices = [...others];
    offices.splice(seatAt % (others.length + 1), 0, seat);
    return { id, region: id, ...c, offices } as Chamber;
  }),
);

const label: fc.Arbitrary<MemberLabel> = record({
  code: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
  name: localizedText,
  product: localizedText,
  range: dateRange,
  open: fc.boolean(),
}).map(({ range, open, ...l }) =>
  compact({ ...l, grantedOn: range[0], validUntil: open ? undefined : range[1] }),
);

export const member: fc.Arbitrary<Member> = fc
  .tuple(chamberId, fc.ulid(), fc.tuple(day, day))
  .chain(([owner, ulid, [a, b]]) =>
    record({
      legalName: text(60),
      tradeName: optional(text(60)),
      legalForm: fc.constantFrom("sarl", "sarl_au", "sa", "natural_person", "cooperative", "gie" as const),
      identifiers: record({
        ice,
        // Two visible characters: what the JSON Schema's pattern asks of a text of two or more
        // (text.ts), stricter than zod, which counts every character.
        rc: record({
          court: text(30).filter((s) => [...s].filter((c) => !isBlankText(c)).length >= 2),
          number: digitsBetween(1, 7),
        }),
        if: optional(digitsBetween(7, 8)),
        tp: optional(digitsBetween(7, 8)),
        cnss: optional(digitString(7)),
      }).map(compact),
      section: fc.constantFrom("commerce", "industry", "services" as const),
      activity: localizedText,
      address: record({
        region: chamberId,
        prefecture: text(),
        city: text(),
        street: optional(text(60)),
        postalCode: optional(digitString(5)),
      }).map(compact),
      contacts: record({ email: optional(email), phone: optional(phone), website: optional(webUrl) }).map(
        compact,
      ),
      status: fc.constantFrom("pending", "active", "suspended", "struck_off" as const),
      labels: fc.array(label, { maxLength: 3 }),
    }).map((m) => {
      const [created, updated] = a <= b ? [a, b] : [b, a];
      return compact({
        id: makeId("member", owner, ulid),
        chamberId: owner,
        ...m,
        createdAt: created.toISOString(),
        updatedAt: updated.toISOString(),
      }) as Member;
    }),
  );

export const memberPublic: fc.Arbitrary<MemberPublic> = member.map((m) =>
  compact({
    id: m.id,
    chamberId: m.chamberId,
    legalName: m.legalName,
    tradeName: m.tradeName,
    section: m.section,
    activity: m.activity,
    labels: m.labels,
    address: { region: m.address.region, city: m.address.city },
  }),
);

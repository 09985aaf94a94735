import {
  type Chamber,
  type ChamberId,
  completeIce,
  type Event,
  fixtureId,
  type LegalForm,
  type Member,
  regionOf,
  type Section,
} from "@ghorfa/schemas";
import type { DemoChoice } from "../config";
import type { SeedSet } from "./seed";

// Demo data for any of the twelve regions, made from the region's own names: what a node hosting
// one region of a demo federation starts with (GHORFA_DEMO_CHAMBERS). Ids, names and numbers are
// the same at every start (by region and rank); only the events' dates follow the day of seeding,
// so they stay upcoming. Businesses, numbers and events are invented.

/** The chamber's record: its names in the four languages, its seat, and the node that hosts it. */
export function regionChamber(chamberId: ChamberId, nodeUrl: string): Chamber {
  const region = regionOf(chamberId);
  return {
    id: chamberId,
    region: chamberId,
    names: {
      ar: `غرفة التجارة والصناعة والخدمات لجهة ${region.names.ar}`,
      fr: `Chambre de Commerce, d'Industrie et de Services de la région ${region.names.fr}`,
      en: `Chamber of Commerce, Industry and Services of the ${region.names.en} Region`,
      zgh: `ⵜⴰⵖⵔⴼⵜ ⵏ ${region.names.zgh}`,
    },
    offices: [
      { kind: "seat", name: { ar: "المقر", fr: "Siège", en: "Seat" }, city: region.seat.fr, country: "MA" },
    ],
    bureau: [],
    certifications: [],
    digitalServices: [],
    indicators: [],
    nodeUrl,
  };
}

interface Business {
  /** The name before the seat's city, and after it (its legal form's letters). */
  readonly name: (city: string) => string;
  readonly form: LegalForm;
  readonly section: Section;
  readonly activity: { fr: string; ar: string };
}

/** One business of each kind in every region, named after the region's seat. */
const BUSINESSES: readonly Business[] = [
  {
    name: (city) => `${city} Logistique SARL`,
    form: "sarl",
    section: "services",
    activity: { fr: "Transport et logistique", ar: "النقل واللوجستيك" },
  },
  {
    name: (city) => `Conserverie de ${city} SA`,
    form: "sa",
    section: "industry",
    activity: { fr: "Conserverie", ar: "التصبير" },
  },
  {
    name: (city) => `Coopérative agricole de ${city}`,
    form: "cooperative",
    section: "industry",
    activity: { fr: "Production agricole", ar: "الإنتاج الفلاحي" },
  },
  {
    name: (city) => `Librairie de ${city}`,
    form: "natural_person",
    section: "commerce",
    activity: { fr: "Commerce de livres", ar: "تجارة الكتب" },
  },
  {
    name: (city) => `${city} Numérique SARL AU`,
    form: "sarl_au",
    section: "services",
    activity: { fr: "Services informatiques", ar: "الخدمات المعلوماتية" },
  },
  {
    name: (city) => `Matériaux de ${city} SARL`,
    form: "sarl",
    section: "commerce",
    activity: { fr: "Négoce de matériaux de construction", ar: "تجارة مواد البناء" },
  },
  {
    name: (city) => `Hôtel ${city} Centre SA`,
    form: "sa",
    section: "services",
    activity: { fr: "Hôtellerie", ar: "الفندقة" },
  },
  {
    name: (city) => `Textiles de ${city} SARL`,
    form: "sarl",
    section: "industry",
    activity: { fr: "Confection", ar: "صناعة الملابس" },
  },
];

/** How many members each region gets: every kind of business, twice. */
export const REGION_DEMO_MEMBERS = BUSINESSES.length * 2;
/** How many public upcoming events each region gets. */
export const REGION_DEMO_EVENTS = 3;

const digits = (value: number, width: number) => String(value).padStart(width, "0").slice(-width);
const regionNumber = (chamberId: ChamberId) => Number(chamberId.slice(3));

function regionMembers(chamberId: ChamberId): Member[] {
  const region = regionOf(chamberId);
  const city = region.seat.fr;
  const r = regionNumber(chamberId);
  return Array.from({ length: REGION_DEMO_MEMBERS }, (_, n) => {
    const business = BUSINESSES[n % BUSINESSES.length] as Business;
    const branch = n < BUSINESSES.length ? "" : ` ${Math.floor(n / BUSINESSES.length) + 1}`;
    const isCompany = business.form !== "natural_person" && business.form !== "cooperative";
    // Region and rank make each number, so no two members of the federation share one.
    const serial = r * 1_000 + n;
    return {
      id: fixtureId("member", chamberId, n),
      chamberId,
      legalName: `${business.name(city)}${branch}`,
      legalForm: business.form,
      identifiers: {
        ice: completeIce(`0${digits(r, 2)}${digits(n + 1, 6)}0000`),
        rc: { court: city, number: String(20_000 + serial) },
        if: digits(50_000_000 + serial * 3_301, 8),
        tp: digits(60_000_000 + serial * 1_117, 8),
        ...(isCompany ? { cnss: digits(7_000_000 + serial * 4_111, 7) } : {}),
      },
      section: business.section,
      activity: business.activity,
      address: { region: chamberId, prefecture: city, city },
      contacts: { phone: `+2125${digits(r, 2)}${digits(100_000 + serial, 6)}` },
      status: n % 7 === 6 ? "pending" : "active",
      labels: [],
      createdAt: new Date(Date.UTC(2025, 0, 10) + n * 86_400_000).toISOString(),
      updatedAt: "2026-01-30T09:00:00.000Z",
    };
  });
}

const TOPICS = [
  { fr: "Forum de l'investissement", ar: "منتدى الاستثمار", en: "Investment forum" },
  { fr: "Journée de l'export", ar: "يوم التصدير", en: "Export day" },
  { fr: "Rencontres d'affaires", ar: "لقاءات الأعمال", en: "Business meetings" },
];

const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function regionEvents(chamberId: ChamberId, today: string, now: string): Event[] {
  const region = regionOf(chamberId);
  return TOPICS.slice(0, REGION_DEMO_EVENTS).map((topic, n) => {
    // A month or more apart, staggered by region, the first one a few weeks from the seeding day.
    const start = dayAfter(today, 20 + n * 30 + regionNumber(chamberId));
    return {
      id: fixtureId("event", chamberId, n),
      names: {
        ar: `${topic.ar} - ${region.names.ar}`,
        fr: `${topic.fr} – ${region.names.fr}`,
        en: `${topic.en} – ${region.names.en}`,
      },
      dates: { start, end: start },
      venue: { name: { ar: "مقر الغرفة", fr: "Siège de la chambre" }, city: region.seat },
      sessions: [
        {
          id: fixtureId("eventSession", chamberId, n),
          title: { ar: "الجلسة العامة", fr: "Séance plénière", en: "Plenary session" },
          start: `${start}T09:00:00+01:00`,
          end: `${start}T12:00:00+01:00`,
        },
      ],
      capacity: 120,
      registration: { opens: now, closes: `${dayAfter(start, -1)}T23:59:59+01:00` },
      fee: { kind: "free" },
      audience: "anyone",
      status: "published",
      isPublic: true,
      createdAt: now,
      updatedAt: now,
    };
  });
}

/**
 * The demo of one region: its chamber (hosted at `nodeUrl`), members of each section and legal
 * form, and public events in the weeks after `now`.
 */
export function regionDemo(chamberId: ChamberId, nodeUrl: string, now = new Date()): SeedSet {
  const instant = new Date(Math.floor(now.getTime() / 1_000) * 1_000).toISOString();
  return {
    chamber: regionChamber(chamberId, nodeUrl),
    members: regionMembers(chamberId),
    units: [],
    leases: [],
    payments: [],
    agreements: [],
    events: regionEvents(chamberId, instant.slice(0, 10), instant),
  };
}

/** A directory's entry: the chamber's record alone, pointing at the node that hosts it. */
export function directoryEntry(chamberId: ChamberId, nodeUrl: string): SeedSet {
  return {
    chamber: regionChamber(chamberId, nodeUrl),
    members: [],
    units: [],
    leases: [],
    payments: [],
    agreements: [],
  };
}

/**
 * What the first start seeds for a demo choice (GHORFA_DEMO_CHAMBERS, GHORFA_DEMO_DIRECTORY): each
 * hosted region's demo, at `nodeUrl` (this node), and each directory entry.
 */
export function demoData(choice: DemoChoice, nodeUrl: string, now = new Date()): SeedSet[] {
  return [
    ...choice.chambers.map((chamberId) => regionDemo(chamberId, nodeUrl, now)),
    ...choice.directory.map((entry) => directoryEntry(entry.chamberId, entry.nodeUrl)),
  ];
}

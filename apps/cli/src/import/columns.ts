/** The member fields a column can fill, as paths into the create body. */
export const FIELDS = [
  "legalName",
  "tradeName",
  "legalForm",
  "identifiers.ice",
  "identifiers.rc.number",
  "identifiers.rc.court",
  "identifiers.if",
  "identifiers.tp",
  "identifiers.cnss",
  "section",
  "activity.fr",
  "activity.ar",
  "address.region",
  "address.prefecture",
  "address.city",
  "address.street",
  "address.postalCode",
  "contacts.email",
  "contacts.phone",
  "contacts.website",
] as const;
export type Field = (typeof FIELDS)[number];

/** Headers as French and Arabic ERPs write them, compared folded (see `foldHeader`). */
const HEADERS: Record<Field, readonly string[]> = {
  legalName: [
    "raison sociale",
    "denomination",
    "nom",
    "legal name",
    "الاسم التجاري",
    "الإسم التجاري",
    "التسمية",
  ],
  tradeName: ["enseigne", "nom commercial", "trade name", "الشعار", "العلامة التجارية"],
  legalForm: ["forme juridique", "forme", "legal form", "الشكل القانوني"],
  "identifiers.ice": ["ice", "identifiant commun de l'entreprise", "التعريف الموحد للمقاولة", "ت.م.م"],
  "identifiers.rc.number": [
    "rc",
    "n rc",
    "numero rc",
    "registre de commerce",
    "السجل التجاري",
    "رقم السجل التجاري",
  ],
  "identifiers.rc.court": ["tribunal", "tribunal rc", "court", "المحكمة"],
  "identifiers.if": ["if", "identifiant fiscal", "التعريف الضريبي"],
  "identifiers.tp": ["tp", "taxe professionnelle", "patente", "الرسم المهني"],
  "identifiers.cnss": ["cnss", "الضمان الاجتماعي"],
  section: ["secteur", "section", "القطاع", "الشعبة"],
  "activity.fr": ["activite", "activity"],
  "activity.ar": ["النشاط"],
  "address.region": ["region", "الجهة"],
  "address.prefecture": ["prefecture", "province", "prefecture/province", "العمالة", "الإقليم"],
  "address.city": ["ville", "city", "المدينة"],
  "address.street": ["adresse", "address", "rue", "العنوان"],
  "address.postalCode": ["code postal", "postal code", "الرمز البريدي"],
  "contacts.email": ["email", "e-mail", "courriel", "البريد الإلكتروني"],
  "contacts.phone": ["telephone", "tel", "phone", "الهاتف"],
  "contacts.website": ["site web", "site", "website", "الموقع"],
};

/** A header compared without case, accents, "°", dots or extra spaces: "N° RC" and "n rc" match. */
export function foldHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[°º.:_]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const BY_HEADER = new Map<string, Field>(
  Object.entries(HEADERS).flatMap(([field, names]) =>
    names.map((name) => [foldHeader(name), field as Field]),
  ),
);

/**
 * Each column's field: from the `--map` file first (header → field), else the table above.
 * Unmapped columns are left out (an ERP's internal code, a comment).
 */
export function mapColumns(
  headers: readonly string[],
  extra: Readonly<Record<string, string>> = {},
): { columns: (Field | undefined)[]; unknownFields: string[] } {
  const mapped = new Map<string, string>(
    Object.entries(extra).map(([header, field]) => [foldHeader(header), field]),
  );
  const unknownFields = Object.values(extra).filter(
    (field) => !(FIELDS as readonly string[]).includes(field),
  );
  const columns = headers.map((header) => {
    const folded = foldHeader(header);
    const given = mapped.get(folded);
    if (given !== undefined)
      return (FIELDS as readonly string[]).includes(given) ? (given as Field) : undefined;
    return BY_HEADER.get(folded);
  });
  return { columns, unknownFields };
}

const SECTIONS: Record<string, string> = {
  commerce: "commerce",
  commercial: "commerce",
  التجارة: "commerce",
  industrie: "industry",
  industry: "industry",
  industriel: "industry",
  الصناعة: "industry",
  services: "services",
  service: "services",
  الخدمات: "services",
};

/** A section as ERPs write it, in the contract's words; anything else is kept, for the schema to refuse. */
export function sectionOf(value: string): string {
  return SECTIONS[foldHeader(value)] ?? value;
}

/** "SARL AU", "S.A.R.L", "sarl-au" → "sarl_au"; "personne physique" → "natural_person". */
export function legalFormOf(value: string): string {
  const folded = foldHeader(value.replace(/[.]/g, "")).replace(/[-\s]+/g, "_");
  const words: Record<string, string> = {
    personne_physique: "natural_person",
    auto_entrepreneur: "auto_entrepreneur",
    cooperative: "cooperative",
    association: "association",
    succursale: "branch",
  };
  return words[folded] ?? folded;
}

/** dd/mm/yyyy (or dd-mm-yyyy, dd.mm.yyyy) as an ISO date; anything else kept as is. */
export function isoDateOf(value: string): string {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!match) return value;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

import * as z from "zod";
import { ChamberId } from "../ids/chamber-id";
import { CompleteLocalizedText } from "../text/localized-text";

/**
 * One of the 12 regions of decree 2.15.40 (2015). `code` is the lowercase ISO 3166-2:MA code,
 * which is also the id of the region's chamber; `seat` is the city the region is run from.
 */
export const Region = z.object({
  code: ChamberId,
  names: CompleteLocalizedText,
  seat: CompleteLocalizedText,
});
export type Region = z.infer<typeof Region>;

const region = (code: ChamberId, names: string[], seat: string[]): Region => {
  const [fr = "", ar = "", en = "", zgh = ""] = names;
  const [seatFr = "", seatAr = "", seatEn = "", seatZgh = ""] = seat;
  return { code, names: { ar, fr, en, zgh }, seat: { ar: seatAr, fr: seatFr, en: seatEn, zgh: seatZgh } };
};

// Names as [fr, ar, en, zgh]. The Tamazight names are in Tifinagh (IRCAM orthography), as the
// regions write them on their own signs where one exists.
export const REGIONS: readonly Region[] = [
  region(
    "ma-01",
    [
      "Tanger-Tétouan-Al Hoceïma",
      "طنجة تطوان الحسيمة",
      "Tangier-Tetouan-Al Hoceima",
      "ⵟⴰⵏⵊⴰ ⵜⵉⵟⵟⴰⵡⵉⵏ ⵍⵃⵓⵙⵉⵎⴰ",
    ],
    ["Tanger", "طنجة", "Tangier", "ⵟⴰⵏⵊⴰ"],
  ),
  region("ma-02", ["L'Oriental", "الشرق", "Oriental", "ⴰⴳⵎⵓⴹ"], ["Oujda", "وجدة", "Oujda", "ⵡⵓⵊⴷⴰ"]),
  region("ma-03", ["Fès-Meknès", "فاس مكناس", "Fez-Meknes", "ⴼⴰⵙ ⵎⴽⵏⴰⵙ"], ["Fès", "فاس", "Fez", "ⴼⴰⵙ"]),
  region(
    "ma-04",
    ["Rabat-Salé-Kénitra", "الرباط سلا القنيطرة", "Rabat-Sale-Kenitra", "ⵕⵕⴱⴰⵟ ⵙⵍⴰ ⵇⵏⵉⵟⵔⴰ"],
    ["Rabat", "الرباط", "Rabat", "ⵕⵕⴱⴰⵟ"],
  ),
  region(
    "ma-05",
    ["Béni Mellal-Khénifra", "بني ملال خنيفرة", "Beni Mellal-Khenifra", "ⴰⵢⵜ ⵎⵍⵍⴰⵍ ⵅⵏⵉⴼⵔⴰ"],
    ["Béni Mellal", "بني ملال", "Beni Mellal", "ⴰⵢⵜ ⵎⵍⵍⴰⵍ"],
  ),
  region(
    "ma-06",
    ["Casablanca-Settat", "الدار البيضاء سطات", "Casablanca-Settat", "ⴰⵏⴼⴰ ⵙⵟⵟⴰⵜ"],
    ["Casablanca", "الدار البيضاء", "Casablanca", "ⴰⵏⴼⴰ"],
  ),
  region(
    "ma-07",
    ["Marrakech-Safi", "مراكش آسفي", "Marrakesh-Safi", "ⵎⵕⵕⴰⴽⵛ ⴰⵙⴼⵉ"],
    ["Marrakech", "مراكش", "Marrakesh", "ⵎⵕⵕⴰⴽⵛ"],
  ),
  region(
    "ma-08",
    ["Drâa-Tafilalet", "درعة تافيلالت", "Draa-Tafilalet", "ⴷⵔⵄⴰ ⵜⴰⴼⵉⵍⴰⵍⵜ"],
    ["Errachidia", "الرشيدية", "Errachidia", "ⵉⵎⵜⵖⵔⵏ"],
  ),
  region(
    "ma-09",
    ["Souss-Massa", "سوس ماسة", "Souss-Massa", "ⵙⵓⵙ ⵎⴰⵙⵙⴰ"],
    ["Agadir", "أكادير", "Agadir", "ⴰⴳⴰⴷⵉⵔ"],
  ),
  region(
    "ma-10",
    ["Guelmim-Oued Noun", "كلميم واد نون", "Guelmim-Oued Noun", "ⴳⵍⵎⵉⵎ ⵡⴰⴷ ⵏⵓⵏ"],
    ["Guelmim", "كلميم", "Guelmim", "ⴳⵍⵎⵉⵎ"],
  ),
  region(
    "ma-11",
    ["Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء", "Laayoune-Sakia El Hamra", "ⵍⵄⵢⵓⵏ ⵙⴰⴳⵢⴰ ⵍⵃⵎⵔⴰ"],
    ["Laâyoune", "العيون", "Laayoune", "ⵍⵄⵢⵓⵏ"],
  ),
  region(
    "ma-12",
    ["Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب", "Dakhla-Oued Ed-Dahab", "ⴷⴷⴰⵅⵍⴰ ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ"],
    ["Dakhla", "الداخلة", "Dakhla", "ⴷⴷⴰⵅⵍⴰ"],
  ),
];

/** The region whose ISO 3166-2:MA code is `code` (every ChamberId names one). */
export function regionOf(code: ChamberId): Region {
  const found = REGIONS.find((r) => r.code === code);
  if (!found) throw new RangeError(`No region ${code}`);
  return found;
}

// The chamber codes as plain data, apart from the `ChamberId` schema: what code that only reads an
// id's parts needs, without zod.
export const CHAMBER_IDS = [
  "ma-01",
  "ma-02",
  "ma-03",
  "ma-04",
  "ma-05",
  "ma-06",
  "ma-07",
  "ma-08",
  "ma-09",
  "ma-10",
  "ma-11",
  "ma-12",
] as const;

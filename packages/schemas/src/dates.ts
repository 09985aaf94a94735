import * as z from "zod";

/** A calendar date, `YYYY-MM-DD` (ISO 8601), checked to exist (no 2026-02-30). */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant with its offset, `2026-01-30T10:00:00+01:00` or `…Z` (ISO 8601). */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A calendar month, `YYYY-MM`. */
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Expected a month as YYYY-MM" });
export type IsoMonth = z.infer<typeof IsoMonth>;

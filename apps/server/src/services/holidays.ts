import type { HolidayAnnounce } from "@ghorfa/contract";
import {
  type ChamberId,
  HolidayAnnouncement,
  type HolidayCalendar,
  type HolidayYear,
  moroccanHolidays,
} from "@ghorfa/schemas";
import { and, eq, gte, lte, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { FOREIGN_KEY_VIOLATION, sqlState } from "../db/pg-error";
import { holidayAnnouncementRow } from "../db/rows";
import { chambers, holidayAnnouncements } from "../db/schema";
import { NotFoundError } from "./errors";
import { validate } from "./validate";
import type { Versioned } from "./versioned";

// A chamber's holiday calendar: the rules and data of @ghorfa/schemas (`moroccanHolidays`), with
// the dates the chamber entered as they were announced, which are kept here.

/** The calendar of `chamberId` over the years `fromYear`–`toYear`, with its announcements. */
export async function calendarOf(
  db: Database,
  request: { chamberId: ChamberId; fromYear: number; toYear: number },
): Promise<HolidayCalendar> {
  // An announcement a little outside the span may still move a holiday into it (an Eid near 1 January).
  const rows = await db
    .select({ data: holidayAnnouncements.data })
    .from(holidayAnnouncements)
    .where(
      and(
        eq(holidayAnnouncements.chamberId, request.chamberId),
        gte(holidayAnnouncements.date, `${request.fromYear - 1}-12-01`),
        lte(holidayAnnouncements.date, `${request.toYear + 1}-01-31`),
      ),
    );
  return moroccanHolidays(
    request.fromYear,
    request.toYear,
    rows.map((row) => row.data),
  );
}

/** The holidays of `year` (`YYYY`) for `chamberId`; NotFoundError when the node does not host it. */
export async function year(
  db: Database,
  request: { chamberId: ChamberId; year: string },
): Promise<HolidayYear> {
  const [chamber] = await db
    .select({ id: chambers.id })
    .from(chambers)
    .where(eq(chambers.id, request.chamberId));
  if (!chamber) throw new NotFoundError("chamber", request.chamberId);
  const n = Number(request.year);
  const { holidays } = await calendarOf(db, { chamberId: request.chamberId, fromYear: n, toYear: n });
  return { chamberId: request.chamberId, year: request.year, holidays: [...holidays] };
}

/** Records an announced holiday date; a second announcement of the same date replaces the first. */
export async function announce(
  db: Database,
  request: { chamberId: ChamberId; input: HolidayAnnounce; now?: Date | undefined },
): Promise<Versioned<HolidayAnnouncement>> {
  const announcement = validate(
    HolidayAnnouncement,
    {
      ...request.input,
      chamberId: request.chamberId,
      announcedAt: (request.now ?? new Date()).toISOString(),
    },
    "holiday announcement",
  );
  const row = holidayAnnouncementRow(announcement);
  try {
    const [saved] = await db
      .insert(holidayAnnouncements)
      .values(row)
      .onConflictDoUpdate({
        target: [holidayAnnouncements.chamberId, holidayAnnouncements.date],
        set: { data: row.data, version: sql`${holidayAnnouncements.version} + 1` },
      })
      .returning({ version: holidayAnnouncements.version });
    return { entity: announcement, version: saved?.version ?? 1 };
  } catch (error) {
    if (sqlState(error) === FOREIGN_KEY_VIOLATION) throw new NotFoundError("chamber", request.chamberId);
    throw error;
  }
}

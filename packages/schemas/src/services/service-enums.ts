import * as z from "zod";
import {
  HOLIDAY_BASES,
  SERVICE_AUDIENCES,
  SERVICE_CATEGORIES,
  SERVICE_CHANNELS,
  SERVICE_REQUEST_STATUSES,
} from "../enum-values";

// Enums of the proximity services platform (issue 13). Wire values: never rename one.

/** What a service is about, as the chambers group their catalogue (Open Referral HSDS "category"). */
export const ServiceCategory = z.enum(SERVICE_CATEGORIES);
export type ServiceCategory = z.infer<typeof ServiceCategory>;

/** Who may ask for a service: the chamber's members only, or anyone. */
export const ServiceAudience = z.enum(SERVICE_AUDIENCES);
export type ServiceAudience = z.infer<typeof ServiceAudience>;

/** Where a service is asked for and delivered: at the counter, online, or either. */
export const ServiceChannel = z.enum(SERVICE_CHANNELS);
export type ServiceChannel = z.infer<typeof ServiceChannel>;

/** Where a request for a service stands; see `STATUS_TRANSITIONS.serviceRequest`. */
export const ServiceRequestStatus = z.enum(SERVICE_REQUEST_STATUSES);
export type ServiceRequestStatus = z.infer<typeof ServiceRequestStatus>;

/**
 * How sure a holiday's date is: `fixed` by law on the Gregorian calendar; `official`, a date the
 * authorities announced (shipped as data); `announced`, a date a chamber entered when it was
 * announced; `approximate`, computed from the tabular Hijri calendar until somebody announces it.
 */
export const HolidayBasis = z.enum(HOLIDAY_BASES);
export type HolidayBasis = z.infer<typeof HolidayBasis>;

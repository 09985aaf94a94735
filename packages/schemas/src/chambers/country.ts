import * as z from "zod";

/** An ISO 3166-1 alpha-2 country code, uppercase: `MA`, `SN` (Dakar), `ES` (Cádiz). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: "Expected an ISO 3166-1 alpha-2 country code such as MA" });
export type CountryCode = z.infer<typeof CountryCode>;

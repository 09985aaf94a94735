import * as z from "zod";

/**
 * Text people read, in the languages of Morocco and its partners. Arabic or French is always
 * there (the chambers' working languages); English and Tamazight (Tifinagh) when known.
 */
export const LocalizedText = z
  .object({
    ar: z.string().trim().min(1).optional(),
    fr: z.string().trim().min(1).optional(),
    en: z.string().trim().min(1).optional(),
    zgh: z.string().trim().min(1).optional(),
  })
  .refine((text) => text.ar !== undefined || text.fr !== undefined, {
    message: "Expected at least an Arabic or a French text",
    params: { ghorfa: "localized_text_required" },
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

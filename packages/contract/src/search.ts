import * as z from "zod";
import { own } from "./owned";

/** Free text for `q` filters; nodes match it folded (case, accents, Arabic letter variants). */
export const SearchText = own(
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe("Text to look for, matched ignoring case, accents and Arabic letter variants"),
  "free-text search of list routes",
);

import { progress as progressBar } from "@clack/prompts";
import type { Locale } from "@ghorfa/i18n";
import { messageFrom } from "@ghorfa/i18n";
import type { Counts } from "../import/members";
import { importMessages } from "../messages/import";

/** Steps of the bar: the share of the rows done, in thousandths. */
const BAR_STEPS = 1000;

export interface RowProgress {
  /** Called as rows finish; draws at most a few times a second. */
  update(counts: Counts): void;
  /** The last word: the summary line on a terminal, a `summary` JSON line otherwise. */
  finish(counts: Counts, details: Record<string, unknown>): void;
}

export interface RowProgressOptions {
  locale: Locale;
  /** A person watches: a bar with rows/s and the time left. Otherwise JSON lines for a program. */
  terminal: boolean;
  /** The share of the file's rows handed to the import so far, 0 to 1, when the source can tell. */
  fraction?: (() => number | undefined) | undefined;
  output?: NodeJS.WriteStream;
}

export function rowProgress({
  locale,
  terminal,
  fraction,
  output = process.stdout,
}: RowProgressOptions): RowProgress {
  const started = performance.now();
  let last = 0;
  const done = (counts: Counts) => counts.created + counts.updated + counts.skipped + counts.failed;
  const bar = terminal
    ? progressBar({ max: BAR_STEPS, style: "heavy", output, withGuide: false })
    : undefined;
  let drawn = 0;
  bar?.start(messageFrom(importMessages, locale, "starting"));

  return {
    update(counts) {
      const now = performance.now();
      if (now - last < (terminal ? 200 : 1000)) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = Math.round(done(counts) / seconds);
      if (!bar) {
        output.write(`${JSON.stringify({ event: "progress", ...counts, rowsPerSecond: rate })}\n`);
        return;
      }
      const share = fraction?.() || undefined;
      const left = share ? Math.round(seconds * ((1 - share) / share)) : undefined;
      const message =
        left === undefined
          ? messageFrom(importMessages, locale, "progressNoEstimate", { done: done(counts), rate })
          : messageFrom(importMessages, locale, "progress", { done: done(counts), rate, left });
      const step = share === undefined ? 0 : Math.floor(share * BAR_STEPS) - drawn;
      drawn += step;
      bar.advance(step, message);
    },
    finish(counts, details) {
      if (bar) bar.stop(messageFrom(importMessages, locale, "summary", { ...counts }));
      else output.write(`${JSON.stringify({ event: "summary", ...details, ...counts })}\n`);
    },
  };
}

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatHtml } from "./report-html";
import { formatJson } from "./report-json";
import { formatJunit } from "./report-junit";
import type { RunResults } from "./results";

/** The files `--report-dir` holds after a run. */
export const REPORT_FILES = {
  json: "conformance.json",
  junit: "conformance.junit.xml",
  html: "conformance.html",
} as const;

/** Writes the JSON, JUnit XML and HTML reports into a directory (made if missing); returns their paths. */
export async function writeReports(
  directory: string,
  run: RunResults,
): Promise<Record<keyof typeof REPORT_FILES, string>> {
  await mkdir(directory, { recursive: true });
  const paths = {
    json: join(directory, REPORT_FILES.json),
    junit: join(directory, REPORT_FILES.junit),
    html: join(directory, REPORT_FILES.html),
  };
  await writeFile(paths.json, formatJson(run));
  await writeFile(paths.junit, formatJunit(run));
  await writeFile(paths.html, formatHtml(run));
  return paths;
}

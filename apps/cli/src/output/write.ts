import { writeFile } from "node:fs/promises";

/** Writes `data` to `path`, or to stdout when the path is `-`. */
export async function writeOut(path: string, data: string | Uint8Array): Promise<void> {
  if (path === "-") {
    process.stdout.write(data);
    return;
  }
  await writeFile(path, data);
}

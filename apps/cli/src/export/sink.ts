import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";

/** Where an export goes: a file, or stdout when none is given; writes wait when the pipe is full. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export function sinkFor(path: string | undefined): Sink {
  const stream: Writable = path && path !== "-" ? createWriteStream(path) : process.stdout;
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, "drain");
    },
    async close() {
      if (stream === process.stdout) return;
      stream.end();
      await once(stream, "finish");
    },
  };
}

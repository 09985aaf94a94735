import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { TestProject } from "vitest/node";
// @ts-expect-error: a plain .mjs script of the repository, without declarations
import { startReferenceNode } from "../../../../scripts/reference-node.mjs";

const portalDist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "index.html");

export interface NodeUnderTest {
  url: string;
  apiKey: string;
  password: string;
  /** Where the node's e-mail lands: one JSON file ({ to, subject, text }) per message. */
  mailDir: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    node: NodeUnderTest;
  }
}

/** A real SMTP server on loopback that keeps what it receives as files the tests read. */
async function startMailSink(dir: string) {
  let count = 0;
  const sink = new SMTPServer({
    secure: false,
    hideSTARTTLS: true,
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          count += 1;
          const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
          writeFileSync(
            join(dir, `${String(count).padStart(4, "0")}.json`),
            JSON.stringify({ to: to.map((address) => address.text), subject: mail.subject, text: mail.text }),
          );
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    sink.once("error", reject);
    sink.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = sink.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => sink.close(() => resolve())),
  };
}

export default async function setup(project: TestProject) {
  if (!existsSync(portalDist))
    throw new Error("the portal is not built: run `npm run test:portal` from the root");
  const mailDir = mkdtempSync(join(tmpdir(), "ghorfa-portal-mail-"));
  const mail = await startMailSink(mailDir);
  const node = await startReferenceNode({ env: { GHORFA_SMTP_URL: mail.url } });
  project.provide("node", { url: node.url, apiKey: node.apiKey, password: node.password, mailDir });
  return async () => {
    await node.stop();
    await mail.close();
    rmSync(mailDir, { recursive: true, force: true });
  };
}

// A TCP proxy in front of one node that holds back what the node sends for a while: a node that
// has become slow, as its callers see it, while the node itself is well. The delay applies to each
// piece of every answer, on connections already open too (a client keeps its connections alive).
// With no delay it passes everything straight through.
import { once } from "node:events";
import { connect, createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Listens on 127.0.0.1 (a free port) and forwards each connection to `target` (an http:// URL),
 * what comes back `delayMs` late. `setDelay` changes the delay from now on; `stop` closes every
 * connection and the listener.
 */
export async function startDelayProxy({ target, delayMs = 0 }) {
  const { hostname, port } = new URL(target);
  let delay = delayMs;
  const sockets = new Set();
  const track = (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // A reset from either side ends the pair; it is the test's doing, not an error.
    socket.on("error", () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    const upstream = connect({ host: hostname, port: Number(port) });
    track(upstream);
    client.pipe(upstream);
    // Each piece leaves `delay` after it came, in the order it came.
    let sent = Promise.resolve();
    upstream.on("data", (chunk) => {
      const due = Date.now() + delay;
      sent = sent.then(async () => {
        if (due > Date.now()) await sleep(due - Date.now());
        if (!client.destroyed) client.write(chunk);
      });
    });
    upstream.on("end", () => {
      sent = sent.then(() => client.end());
    });
    upstream.on("close", () => {
      sent = sent.then(() => client.destroy());
    });
    client.on("close", () => upstream.destroy());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    setDelay(ms) {
      delay = ms;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}

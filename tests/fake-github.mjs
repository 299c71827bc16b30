// A fake API server on 127.0.0.1 for the package tests: GitHub at its root, the other platforms
// under a prefix each (see sandbox.mjs). Each test sets a handler, and every request is recorded
// so tests can assert on URLs, headers, bodies, counts and concurrency.
import { createServer } from "node:http";

/** @typedef {{ method: string, path: string, headers: Record<string, string>, body: string, arrivedAt: number }} RecordedRequest */
/** @typedef {(request: RecordedRequest) => { status: number, body?: string, headers?: Record<string, string>, delayMs?: number } | undefined} Handler */

export async function startFakeGitHub() {
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Handler} */
  let handler = () => ({ status: 500, body: "no handler" });
  const pending = new Set();

  /** When the first answer of the current handler was sent (for concurrency checks). */
  let firstAnswerAt = Infinity;

  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      /** @type {RecordedRequest} */
      const recorded = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body,
        arrivedAt: performance.now(),
      };
      requests.push(recorded);
      const answer = handler(recorded) ?? { status: 404, body: '{"message":"Not Found"}' };
      const send = () => {
        pending.delete(timer);
        firstAnswerAt = Math.min(firstAnswerAt, performance.now());
        res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        res.end(answer.body ?? "");
      };
      const timer = setTimeout(send, answer.delayMs ?? 0);
      pending.add(timer);
    });
  });
  const origin = await listenOnLoopback(server);

  return {
    url: origin,
    requests,
    /** @param {Handler} next */
    handle(next) {
      handler = next;
      requests.length = 0;
      firstAnswerAt = Infinity;
    },
    /** Whether every request recorded so far arrived before the first answer left. */
    allArrivedBeforeFirstAnswer() {
      return requests.every((request) => request.arrivedAt <= firstAnswerAt);
    },
    async close() {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * Starts `server` on a free port of 127.0.0.1 and gives its origin (`http://127.0.0.1:<port>`).
 * @param {import("node:http").Server} server
 */
export async function listenOnLoopback(server) {
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}`;
}

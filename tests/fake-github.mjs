// A fake GitHub API on 127.0.0.1 for the package tests: each test sets a handler, and every
// request is recorded so tests can assert on URLs, headers and counts.
import { createServer } from "node:http";

/** @typedef {{ method: string, path: string, headers: Record<string, string> }} RecordedRequest */
/** @typedef {(request: RecordedRequest) => { status: number, body?: string, delayMs?: number } | undefined} Handler */

export async function startFakeGitHub() {
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Handler} */
  let handler = () => ({ status: 500, body: "no handler" });
  const pending = new Set();

  const server = createServer((req, res) => {
    /** @type {RecordedRequest} */
    const recorded = {
      method: req.method ?? "",
      path: req.url ?? "",
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
    };
    requests.push(recorded);
    const answer = handler(recorded) ?? { status: 404, body: '{"message":"Not Found"}' };
    const send = () => {
      pending.delete(timer);
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(answer.body ?? "");
    };
    const timer = setTimeout(send, answer.delayMs ?? 0);
    pending.add(timer);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    /** @param {Handler} next */
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    async close() {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

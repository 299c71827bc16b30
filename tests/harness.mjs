// What every test over the installed package shares: where the package is and which runtime runs
// it, the fake API server with a fresh sandbox for each test, the APIs' paths and answers, and the
// core tests' clock, so that reports compare with the core's snapshots exactly.
import { after, afterEach, before, beforeEach } from "node:test";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { startFakeGitHub } from "./fake-github.mjs";
import { createSandbox, fixture } from "./sandbox.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/** The installed package (node_modules/opencode-mystatus-wasm), as scripts/test.sh prepared it. */
export const installed =
  process.env.MYSTATUS_INSTALLED_PKG ?? join(here, "..", ".cache", "pkg-under-test", "node_modules", "opencode-mystatus-wasm");
export const runtime = process.versions.bun ? "bun" : "node";

/** A module of the installed package: `dist/${file}`. */
export const fromPackage = (file) => import(pathToFileURL(join(installed, "dist", file)).href);

/** The core tests' clock, 2026-11-21T13:30:00Z: the snapshots' countdowns are written for it. */
const NOW_MS = 1_795_267_800_000;
export const fixedClock = { now: () => NOW_MS };

export const CREDITS_PATH = "/users/johndoe/settings/billing/ai_credit/usage";
export const PREMIUM_PATH = "/users/johndoe/settings/billing/premium_request/usage";
export const USER_PATH = "/copilot_internal/user";

export const ok = (body) => ({ status: 200, body });

/** A handler answering by path (exact, or with a query string); anything else gets a 404. */
export function routes(table) {
  return (request) => {
    for (const [path, answer] of table) {
      if (request.path === path || request.path.startsWith(`${path}?`)) {
        return typeof answer === "function" ? answer(request) : answer;
      }
    }
    return undefined;
  };
}

/** A legacy annual plan: premium requests this month, no AI credits. */
export const legacyBilling = () =>
  routes([
    [PREMIUM_PATH, ok(fixture("premium_usage_pro.json"))],
    [CREDITS_PATH, ok(fixture("usage_empty.json"))],
  ]);

/**
 * For the describe it is called in: one fake API server, and for each test a fresh sandbox (HOME,
 * OpenCode's folders, every platform's URL on the server); a request no test asked for is answered
 * with a 500 that says so. `fake.server` and `fake.sandbox` are the current ones.
 */
export function useFakeApi() {
  const fake = { server: undefined, sandbox: undefined };
  before(async () => {
    fake.server = await startFakeGitHub();
  });
  after(async () => {
    await fake.server.close();
  });
  beforeEach(() => {
    fake.sandbox = createSandbox(fake.server.url);
    fake.server.handle(() => ({ status: 500, body: '{"message":"this test expected no request"}' }));
  });
  afterEach(() => {
    fake.sandbox.dispose();
  });
  return fake;
}

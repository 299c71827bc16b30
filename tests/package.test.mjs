// The built npm package, loaded the way OpenCode loads it (default export, server(), the config
// hook, tool.mystatus.execute), against a fake GitHub API on 127.0.0.1. Runs under Node
// (`node --test`) and Bun (`bun test`); scripts/test.sh installs the packed package first.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, beforeEach, afterEach, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

import { startFakeGitHub } from "./fake-github.mjs";
import {
  OAUTH_TOKEN,
  PAT,
  SESSION_TOKEN,
  createSandbox,
  fixedResetLine,
  fixture,
  monthlyResetLine,
  removeTree,
  snapshot,
  withClock,
} from "./sandbox.mjs";

const here = dirname(fileURLToPath(import.meta.url));
/** The installed package (node_modules/opencode-mystatus-wasm), as scripts/test.sh prepared it. */
const installed = process.env.MYSTATUS_INSTALLED_PKG ?? join(here, "..", ".cache", "pkg-under-test", "node_modules", "opencode-mystatus-wasm");
const runtime = process.versions.bun ? "bun" : "node";
const runtimeBinary = process.execPath;

const pluginModule = await import(pathToFileURL(join(installed, "dist", "index.js")).href);
const plugin = pluginModule.default;

const CREDITS_PATH = "/users/johndoe/settings/billing/ai_credit/usage";
const PREMIUM_PATH = "/users/johndoe/settings/billing/premium_request/usage";
const USER_PATH = "/copilot_internal/user";

/** A handler answering by path (exact, or with a query string); anything else gets a 404. */
function routes(table) {
  return (request) => {
    for (const [path, answer] of table) {
      if (request.path === path || request.path.startsWith(`${path}?`)) {
        return typeof answer === "function" ? answer(request) : answer;
      }
    }
    return undefined;
  };
}
const ok = (body) => ({ status: 200, body });
/** A legacy annual plan: premium requests this month, no AI credits. */
const legacyBilling = () =>
  routes([
    [PREMIUM_PATH, ok(fixture("premium_usage_pro.json"))],
    [CREDITS_PATH, ok(fixture("usage_empty.json"))],
  ]);

function toolContext(signal = new AbortController().signal) {
  return {
    sessionID: "ses_test",
    messageID: "msg_test",
    agent: "build",
    directory: process.cwd(),
    worktree: process.cwd(),
    abort: signal,
    metadata() {},
    async ask() {},
  };
}

async function hooks() {
  return plugin.server({ directory: process.cwd(), worktree: process.cwd() });
}

async function runTool(signal) {
  const { tool } = await hooks();
  return tool.mystatus.execute({}, toolContext(signal));
}

/** The tool's output must equal `expected(now)` for the clock before or after the call. */
async function assertReport(expected) {
  const { text, before, after } = await withClock(() => runTool());
  const candidates = new Set([expected(before), expected(after)]);
  assert.ok(candidates.has(text), `unexpected report under ${runtime}:\n${text}\n--- expected:\n${[...candidates].join("\n--- or:\n")}`);
}

const withMonthlyReset = (name) => (now) => snapshot(name).replace(/^Quota resets: .*$/m, monthlyResetLine(now));
const withFixedReset = (name, date) => (now) => snapshot(name).replace(/^Quota resets: .*$/m, fixedResetLine(now, date));

describe(`the package under ${runtime}`, () => {
  let github;
  let sandbox;

  before(async () => {
    github = await startFakeGitHub();
  });
  after(async () => {
    await github.close();
  });
  beforeEach(() => {
    sandbox = createSandbox(github.url);
    github.handle(() => ({ status: 500, body: '{"message":"this test expected no request"}' }));
  });
  afterEach(() => {
    sandbox.dispose();
  });

  describe("plugin shape", () => {
    test("the module exports only a default { id, server }", () => {
      assert.deepEqual(Object.keys(pluginModule), ["default"]);
      assert.equal(plugin.id, "mystatus");
      assert.equal(typeof plugin.server, "function");
    });

    test("server() registers the mystatus tool with no arguments", async () => {
      const { tool } = await hooks();
      assert.deepEqual(Object.keys(tool), ["mystatus"]);
      assert.deepEqual(tool.mystatus.args, {});
      assert.match(tool.mystatus.description, /quota/i);
    });

    test("the config hook adds /mystatus", async () => {
      const config = {};
      await (await hooks()).config(config);
      assert.equal(config.command.mystatus.description, "Query quota usage for all AI accounts");
      assert.match(config.command.mystatus.template, /Call the mystatus tool/);
      assert.match(config.command.mystatus.template, /exactly as returned/);
    });

    test("the config hook keeps the user's own /mystatus and other commands", async () => {
      const mine = { template: "my own", description: "mine" };
      const config = { command: { mystatus: mine, other: { template: "x" } } };
      await (await hooks()).config(config);
      assert.equal(config.command.mystatus, mine);
      assert.deepEqual(config.command.other, { template: "x" });
    });

    test("the command file in the package matches the hook's command", async () => {
      const config = {};
      await (await hooks()).config(config);
      const { readFileSync } = await import("node:fs");
      const file = readFileSync(join(installed, "command", "mystatus.md"), "utf8");
      assert.equal(file, `---\ndescription: ${config.command.mystatus.description}\n---\n\n${config.command.mystatus.template}\n`);
    });
  });

  describe("fine-grained PAT", () => {
    test("a legacy Pro report, byte for byte", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle(legacyBilling());
      await assertReport(withMonthlyReset("pat_pro"));
    });

    test("both billing reports, at once, with the documented headers", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle(legacyBilling());
      await runTool();
      assert.deepEqual(github.requests.map((r) => r.path).sort(), [CREDITS_PATH, PREMIUM_PATH]);
      for (const request of github.requests) {
        assert.equal(request.method, "GET");
        assert.equal(request.headers.accept, "application/vnd.github+json");
        assert.equal(request.headers.authorization, `Bearer ${PAT}`);
        assert.equal(request.headers["x-github-api-version"], request.path === CREDITS_PATH ? "2026-03-10" : "2022-11-28");
        assert.match(request.headers["user-agent"], /^mystatus\//);
      }
    });

    test("the tier sets the limit", async () => {
      for (const [tier, line] of [
        ["free", "░░░░░░░░░░░░░░░░░░░░ 0% (90/50)\nOverage: 40 requests"],
        ["pro+", "███████████████████░ 94% (90/1500)"],
        ["enterprise", "██████████████████░░ 91% (90/1000)"],
      ]) {
        sandbox.writePat({ token: PAT, username: "johndoe", tier });
        github.handle(legacyBilling());
        assert.ok((await runTool()).includes(`Premium requests\n${line}`), tier);
      }
    });

    test("an invalid file names the field and sends nothing", async () => {
      sandbox.writePat({ username: "johndoe", tier: "pro" });
      github.handle(() => ({ status: 500 }));
      const output = await runTool();
      assert.ok(output.startsWith("## ❌ Failed to query accounts\n\n### GitHub Copilot\n\n"), output);
      assert.ok(output.includes(`The token file ${sandbox.patPath} is invalid: the "token" field is missing.`), output);
      assert.equal(github.requests.length, 0);
    });

    test("an unknown tier lists the valid ones", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "gold" });
      const output = await runTool();
      assert.ok(output.includes('"tier" is "gold", which is not a Copilot plan; valid tiers: free, student, pro, pro+, max, business, enterprise.'), output);
    });

    const failures = [
      [401, '{"message":"Bad credentials"}', "pat_401"],
      [403, '{"message":"Resource not accessible by personal access token"}', "pat_403"],
      [404, '{"message":"Not Found"}', "pat_404"],
    ];
    for (const [status, body, name] of failures) {
      test(`${status} gives its advice`, async () => {
        sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
        github.handle(() => ({ status, body }));
        const expected = sandbox.localize(snapshot(name));
        assert.equal(await runTool(), `## ❌ Failed to query accounts\n\n### GitHub Copilot\n\n${expected}`);
      });
    }

    test("429 and 5xx say what happened", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle(() => ({ status: 429 }));
      assert.ok((await runTool()).includes(`GitHub is rate-limiting requests (429) to ${github.url}${CREDITS_PATH}.`));
      github.handle(routes([[CREDITS_PATH, ok(fixture("credits_usage_pro.json"))], [PREMIUM_PATH, { status: 503, body: "<html>unavailable</html>" }]]));
      assert.ok((await runTool()).includes(`GitHub answered with a server error (503) for ${github.url}${PREMIUM_PATH}.`));
    });

    test("a malformed payload names the endpoint", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle(() => ({ status: 200, body: "<html>login</html>" }));
      assert.ok((await runTool()).includes(`GitHub's answer from ${github.url}${CREDITS_PATH} is not in the expected format (`));
    });

    test("a timeout is reported as one", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      process.env.MYSTATUS_TIMEOUT_MS = "300";
      github.handle(() => ({ status: 200, body: "{}", delayMs: 3000 }));
      const started = Date.now();
      const output = await runTool();
      assert.ok(output.includes(`GitHub did not answer within 1 s (${github.url}${CREDITS_PATH}).`), output);
      assert.ok(Date.now() - started < 2500, "the request was not aborted at its timeout");
    });

    test("an unreachable API is reported", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      process.env.MYSTATUS_GITHUB_API_URL = "http://127.0.0.1:9";
      const output = await runTool();
      assert.ok(output.includes("Could not reach GitHub at http://127.0.0.1:9" + CREDITS_PATH + ": "), output);
    });

    test("a token echoed by the API never reaches the output", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle((request) => ({
        status: 401,
        body: JSON.stringify({ message: `bad token ${request.headers.authorization} ${encodeURIComponent(PAT.toUpperCase())}` }),
      }));
      const output = await runTool();
      assert.ok(!output.toLowerCase().includes(PAT.toLowerCase().slice(11)), output);
      assert.ok(output.includes("bad token Bearer [REDACTED] [REDACTED]"), output);
    });
  });

  describe("OpenCode's OAuth sign-in", () => {
    const copilotApi = (request) => {
      const auth = request.headers.authorization;
      if (request.path === "/copilot_internal/v2/token" && auth === `Bearer ${OAUTH_TOKEN}`) {
        return { status: 200, body: fixture("token_exchange.json") };
      }
      if (request.path === "/copilot_internal/user" && auth === `Bearer ${SESSION_TOKEN}`) {
        return { status: 200, body: fixture("internal_legacy_pro.json") };
      }
      return { status: 401, body: '{"message":"Bad credentials"}' };
    };
    const calls = () => github.requests.map((r) => `${r.path} ${r.headers.authorization}`);

    test("a cached session token: one request", async () => {
      sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: SESSION_TOKEN, expires: Date.now() + 3_600_000 });
      github.handle(copilotApi);
      await assertReport(withFixedReset("oauth_pro", "2026-12-01"));
      assert.deepEqual(calls(), [`/copilot_internal/user Bearer ${SESSION_TOKEN}`]);
      assert.equal(github.requests[0].headers["editor-version"], "vscode/1.107.0");
      assert.equal(github.requests[0].headers["copilot-integration-id"], "vscode-chat");
    });

    test("direct: the OAuth token read as `token`", async () => {
      sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: OAUTH_TOKEN, expires: 0 });
      github.handle((request) =>
        request.headers.authorization === `token ${OAUTH_TOKEN}`
          ? { status: 200, body: fixture("internal_limited.json") }
          : { status: 500 },
      );
      await assertReport(withFixedReset("oauth_limited", "2026-12-01"));
      assert.deepEqual(calls(), [`/copilot_internal/user token ${OAUTH_TOKEN}`]);
    });

    test("exchange: direct refused, then a session token", async () => {
      sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: OAUTH_TOKEN, expires: 0 });
      github.handle(copilotApi);
      await assertReport(withFixedReset("oauth_pro", "2026-12-01"));
      assert.deepEqual(calls(), [
        `/copilot_internal/user token ${OAUTH_TOKEN}`,
        `/copilot_internal/v2/token Bearer ${OAUTH_TOKEN}`,
        `/copilot_internal/user Bearer ${SESSION_TOKEN}`,
      ]);
    });

    test("a repeated /mystatus makes one request: the plugin remembers the session token", async () => {
      // A distinct OAuth token, so no earlier test's memory applies.
      const oauth = "gho_RepeatedReport0123456789abcdefghijkl";
      sandbox.writeAuth({ type: "oauth", refresh: oauth, access: oauth, expires: 0 });
      const exchange = JSON.stringify({ token: SESSION_TOKEN, expires_at: Math.floor(Date.now() / 1000) + 1500 });
      const handler = (request) => {
        const auth = request.headers.authorization;
        if (request.path === "/copilot_internal/v2/token" && auth === `Bearer ${oauth}`) return { status: 200, body: exchange };
        if (request.path === "/copilot_internal/user" && auth === `Bearer ${SESSION_TOKEN}`) {
          return { status: 200, body: fixture("internal_legacy_pro.json") };
        }
        return { status: 401, body: "{}" };
      };
      github.handle(handler);
      const first = await runTool();
      assert.equal(github.requests.length, 3);
      github.handle(handler);
      assert.equal(await runTool(), first);
      assert.deepEqual(calls(), [`/copilot_internal/user Bearer ${SESSION_TOKEN}`]);
    });

    test("OPENCODE_AUTH_CONTENT replaces auth.json", async () => {
      sandbox.writeAuth({ type: "oauth", refresh: "gho_notthisone000000000000000000000000", access: "x", expires: 0 });
      process.env.OPENCODE_AUTH_CONTENT = JSON.stringify({
        "github-copilot": { type: "oauth", refresh: OAUTH_TOKEN, access: SESSION_TOKEN, expires: Date.now() + 60_000 },
      });
      github.handle(copilotApi);
      await runTool();
      assert.deepEqual(calls(), [`/copilot_internal/user Bearer ${SESSION_TOKEN}`]);
    });

    test("every strategy refused: the PAT guidance", async () => {
      sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: OAUTH_TOKEN, expires: 0 });
      github.handle(() => ({ status: 404, body: '{"message":"Not Found"}' }));
      const expected = sandbox.localize(snapshot("oauth_refused"));
      assert.equal(await runTool(), `## ❌ Failed to query accounts\n\n### GitHub Copilot\n\n${expected}`);
    });
  });

  describe("AI credits, billing detection and seats", () => {
    const signIn = () =>
      sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: SESSION_TOKEN, expires: Date.now() + 3_600_000 });
    const creditsOnly = (name) =>
      routes([
        [CREDITS_PATH, ok(fixture(name))],
        [PREMIUM_PATH, ok(fixture("usage_empty.json"))],
      ]);
    const orgRoutes = [
      ["/organizations/acme/settings/billing/ai_credit/usage", ok(fixture("org_usage.json"))],
      ["/organizations/acme/settings/billing/budgets", ok(fixture("org_budgets.json"))],
      ["/enterprises/acme-corp/settings/billing/ai_credit/usage", { status: 403, body: '{"message":"Must be an enterprise admin"}' }],
      ["/enterprises/acme-corp/settings/billing/budgets", { status: 403, body: "{}" }],
    ];

    const patCases = [
      ["Pro on credits", { tier: "pro" }, creditsOnly("credits_usage_pro.json"), "credits_pro"],
      ["Pro+ over the allowance, with overage dollars", { tier: "pro+" }, creditsOnly("credits_usage_proplus_over.json"), "credits_proplus_over"],
      ["org and enterprise blocks", { tier: "business", org: "acme", enterprise: "acme-corp" },
        routes([...orgRoutes, [CREDITS_PATH, ok(fixture("credits_usage_pro.json"))]]), "credits_with_org"],
    ];
    for (const [name, fields, handler, snapshotName] of patCases) {
      test(`${name}, byte for byte`, async () => {
        sandbox.writePat({ token: PAT, username: "johndoe", ...fields });
        github.handle(handler);
        await assertReport(withMonthlyReset(snapshotName));
      });
    }

    test("Max, and an empty month shows credits at zero", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "max" });
      github.handle(creditsOnly("credits_usage_max.json"));
      assert.ok((await runTool()).includes("Plan:           Max\n\nAI credits\n████████░░░░░░░░░░░░ 40% (12000/20000)\n"));
      github.handle(() => ok(fixture("usage_empty.json")));
      assert.ok((await runTool()).includes("AI credits\n████████████████████ 100% (0/20000)\n"));
    });

    test("the username is discovered with GET /user", async () => {
      sandbox.writePat({ token: PAT, tier: "pro" });
      github.handle(routes([["/user", ok(fixture("whoami.json"))], [CREDITS_PATH, ok(fixture("credits_usage_pro.json"))]]));
      await assertReport(withMonthlyReset("credits_pro"));
      assert.equal(github.requests[0].path, "/user");
      assert.deepEqual(github.requests.slice(1).map((r) => r.path).sort(), [CREDITS_PATH, PREMIUM_PATH]);
    });

    test("without a tier, OpenCode's sign-in tells the plan", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe" });
      signIn();
      github.handle(
        routes([
          [CREDITS_PATH, ok(fixture("credits_usage_pro.json"))],
          [USER_PATH, ok('{"copilot_plan":"individual_pro","quota_snapshots":{}}')],
        ]),
      );
      assert.ok((await runTool()).includes("Plan:           Pro+\n\nAI credits\n███████████████████░ 93% (480/7000)\n"));
      assert.equal(github.requests.length, 3);
    });

    test("a 404 from the user endpoints for an org seat shows the pooled seat", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe" });
      signIn();
      github.handle(routes([[USER_PATH, ok(fixture("internal_org_seat.json"))]]));
      await assertReport(withFixedReset("oauth_org_seat", "2026-12-01"));
      assert.equal(github.requests.filter((r) => r.path === USER_PATH).length, 1);
    });

    const seats = [
      ["legacy annual Pro (premium requests, negative remaining)", "internal_legacy_annual_pro.json", "oauth_legacy_annual_pro"],
      ["an org Business seat placeholder", "internal_org_seat.json", "oauth_org_seat"],
      ["an Enterprise seat with a real entitlement", "internal_credits_enterprise.json", "oauth_enterprise_credits"],
      ["Free, monthly_quotas shape", "internal_free_monthly_quotas.json", "oauth_free_monthly_quotas"],
      ["Free, snapshots shape", "internal_free_snapshots.json", "oauth_free_snapshots"],
      ["an unknown plan string", "internal_unknown_plan.json", "oauth_unknown_plan"],
    ];
    for (const [name, fixtureName, snapshotName] of seats) {
      test(`sign-in only: ${name}, byte for byte`, async () => {
        signIn();
        github.handle(routes([[USER_PATH, ok(fixture(fixtureName))]]));
        await assertReport(withFixedReset(snapshotName, "2026-12-01"));
      });
    }

    test("a GitHub Enterprise Cloud domain is asked at api.<domain>", async () => {
      const core = await import(pathToFileURL(join(installed, "dist", "core.js")).href);
      delete process.env.MYSTATUS_GITHUB_API_URL;
      sandbox.writeAuth({
        type: "oauth",
        refresh: OAUTH_TOKEN,
        access: SESSION_TOKEN,
        expires: Date.now() + 3_600_000,
        enterpriseUrl: "acme.ghe.com",
      });
      github.handle(routes([[USER_PATH, ok(fixture("internal_credits_enterprise.json"))]]));
      const asked = [];
      // The host's fetch is the one seam: send api.acme.ghe.com to the fake server.
      const viaFake = (url, init) => {
        asked.push(String(url));
        return fetch(String(url).replace("https://api.acme.ghe.com", github.url), init);
      };
      const report = await core.queryAllUsage({ fetch: viaFake });
      assert.deepEqual(asked, ["https://api.acme.ghe.com/copilot_internal/user"]);
      assert.ok(report.markdown.startsWith("## GitHub Copilot Account Quota\n\nAccount:        GitHub Copilot (@octo-ent)\n"));
    });
  });

  describe("no account", () => {
    test("the guidance names this machine's path", async () => {
      const expected = sandbox.localize(snapshot("none_en"));
      assert.equal(await runTool(), expected);
      assert.equal(github.requests.length, 0);
    });

    test("in the user's language", async () => {
      process.env.LANG = "fr_FR.UTF-8";
      assert.ok((await runTool()).startsWith("Aucun compte configuré trouvé.\n"));
      process.env.MYSTATUS_LANG = "zh";
      assert.ok((await runTool()).startsWith("未找到已配置的账号。\n"));
    });
  });

  describe("robustness", () => {
    test("a token file other users can read gets a chmod 600 warning", { skip: process.platform === "win32" }, async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      chmodSync(sandbox.patPath, 0o644);
      github.handle(legacyBilling());
      const output = await runTool();
      assert.ok(output.endsWith(`(permissions 644): run \`chmod 600 ${sandbox.patPath}\`.`), output);
      chmodSync(sandbox.patPath, 0o600);
      assert.ok(!(await runTool()).includes("chmod"));
    });

    test("a custom fetch's Response crosses into the core intact; an answer that is none is an error", async () => {
      const core = await import(pathToFileURL(join(installed, "dist", "core.js")).href);
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      // A body with characters a framing could trip on, and a header the core reads.
      const odd = "\u0000\u0001\u0002";
      const answer = (make) => async () => make();
      const limited = await core.queryCopilotUsage({
        fetch: answer(() => new Response(JSON.stringify({ message: `slow down${odd}` }), { status: 429, headers: [["x-odd", "a\tb"], ["retry-after", "30"]] })),
      });
      assert.equal(limited?.success, false);
      assert.match(limited?.error ?? "", /rate-limiting requests to .*: retry after 30 s\./);
      assert.ok(limited?.error?.includes(`slow down${odd}`), limited?.error);
      for (const notAResponse of [undefined, 42, {}, { status: 200 }]) {
        const refused = await core.queryCopilotUsage({ fetch: answer(() => notAResponse) });
        assert.equal(refused?.success, false, JSON.stringify(refused));
        assert.match(refused?.error ?? "", /: fetch did not answer with a Response\./, refused?.error);
      }
    });

    test("files that are huge, not UTF-8 or not files are refused with the reason", async () => {
      const prefix = `The token file ${sandbox.patPath} is invalid: `;
      writeFileSync(sandbox.patPath, `{"token":"${"x".repeat(2 * 1024 * 1024)}"}`);
      assert.ok((await runTool()).includes(`${prefix}it is 2.0 MiB, more than the 1.0 MiB a credentials file can be; nothing of it was read.`));
      writeFileSync(sandbox.patPath, Buffer.from([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x7d]));
      assert.ok((await runTool()).includes(`${prefix}it is not UTF-8 text (was it saved in another encoding?).`));
      rmSync(sandbox.patPath);
      mkdirSync(sandbox.patPath);
      assert.ok((await runTool()).includes(`${prefix}it could not be read (EISDIR).`));
      assert.equal(github.requests.length, 0);
    });

    test("a server error is retried once; a rate limit says how long to wait", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro", billing: "credits" });
      let calls = 0;
      github.handle(() => (++calls === 1 ? { status: 502 } : { status: 200, body: fixture("credits_usage_pro.json") }));
      assert.ok((await runTool()).startsWith("## GitHub Copilot Account Quota"));
      assert.equal(github.requests.length, 2);
      github.handle(() => ({ status: 403, headers: { "x-ratelimit-remaining": "0", "retry-after": "42" }, body: "{}" }));
      assert.ok((await runTool()).includes(`GitHub is rate-limiting requests to ${github.url}${CREDITS_PATH}: retry after 42 s.`));
    });

    test("a cancelled tool call returns promptly with a message", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle(() => ({ status: 200, body: "{}", delayMs: 5000 }));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      const output = await runTool(controller.signal);
      assert.ok(Date.now() - started < 3000);
      assert.ok(output.includes("cancelled"), output);
    });

    test("a bug (a panic) in one platform is that platform's error; the others report", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      sandbox.writeAuthEntries({ "zai-coding-plan": { type: "api", key: "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345" } });
      process.env.MYSTATUS_TEST_PANIC = "zai";
      github.handle(legacyBilling());
      // The core catches the panic around Z.ai's lookup: the instance stays in use.
      const Instance = WebAssembly.Instance;
      let instances = 0;
      WebAssembly.Instance = new Proxy(Instance, {
        construct(target, args) {
          instances++;
          return Reflect.construct(target, args);
        },
      });
      try {
        await panicsInZai();
      } finally {
        WebAssembly.Instance = Instance;
        delete process.env.MYSTATUS_TEST_PANIC;
      }
      assert.equal(instances, 0, "a caught panic leaves the instance in use");
    });

    async function panicsInZai() {
      const output = await runTool();
      assert.ok(output.startsWith("## GitHub Copilot Account Quota\n"), output);
      assert.ok(
        output.endsWith("### Z.ai\n\nmystatus hit an internal error (a bug) while reading Z.ai; the other platforms are unaffected. Please report it at https://github.com/mystatus/mystatus/issues."),
        output,
      );
      const core = await import(pathToFileURL(join(installed, "dist", "core.js")).href);
      const alone = await core.queryZaiUsage();
      assert.equal(alone?.success, false);
      assert.match(alone?.error ?? "", /^mystatus hit an internal error \(a bug\) while reading Z\.ai/);
      const [copilot, zai] = await Promise.all([core.queryCopilotUsage(), core.queryZaiUsage()]);
      assert.equal(copilot?.success, true, "a report running beside the one that panics is unaffected");
      assert.equal(zai?.success, false);
      delete process.env.MYSTATUS_TEST_PANIC;
      assert.ok((await runTool()).startsWith("## GitHub Copilot Account Quota\n"), "the core still works after a panic");
      const again = await core.queryZaiUsage();
      assert.ok(again !== undefined && !(again.error ?? "").includes("internal error"), JSON.stringify(again));
    }

    test("a trap ends the instance: its queries fail with a message, the process lives on, the next call gets a fresh one", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle(legacyBilling());
      // In a process of its own: a trap is thrown where only the process's own listeners see it,
      // as in OpenCode, and the test runner's must not count it.
      const script = `
        const core = await import(${JSON.stringify(pathToFileURL(join(installed, "dist", "core.js")).href)});
        const plugin = (await import(${JSON.stringify(pathToFileURL(join(installed, "dist", "index.js")).href)})).default;
        const Instance = WebAssembly.Instance;
        let instances = 0;
        WebAssembly.Instance = new Proxy(Instance, { construct: (target, args) => (instances++, Reflect.construct(target, args)) });
        const outcome = (promise) => promise.then((value) => ({ value }), (error) => ({ error: error.message }));
        const alive = setInterval(() => {}, 60_000);
        process.env.MYSTATUS_TEST_TRAP = "1";
        const both = await Promise.all([outcome(core.queryAllUsage()), outcome(core.queryCopilotUsage())]);
        const { tool } = await plugin.server({});
        const context = { sessionID: "s", messageID: "m", agent: "build", directory: ".", worktree: ".", abort: new AbortController().signal, metadata() {}, async ask() {} };
        const toolOutput = await tool.mystatus.execute({}, context);
        delete process.env.MYSTATUS_TEST_TRAP;
        const after = await core.queryAllUsage();
        console.log(JSON.stringify({ both, toolOutput, after: after.markdown.split("\\n")[0], instances }));
        clearInterval(alive);
      `;
      const child = spawn(runtimeBinary, [sandbox.writeConfigFile("trap.mjs", script)], { env: sandbox.env() });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      const status = await new Promise((resolve) => child.on("close", resolve));
      assert.equal(status, 0, `the process ended (${status}): ${stderr}`);
      const result = JSON.parse(stdout);
      const stopped = "the WebAssembly core stopped (a trap); the next call starts a fresh one";
      assert.deepEqual(result.both, [{ error: stopped }, { error: stopped }], "both queries in flight are rejected");
      assert.equal(result.toolOutput, `mystatus failed unexpectedly (${stopped}). Please report this at https://github.com/mystatus/mystatus/issues.`);
      assert.equal(result.after, "## GitHub Copilot Account Quota");
      assert.equal(result.instances, 3, "the first instance, then a fresh one after each of the two traps");
    });

    test("the wasm is loaded lazily, and a broken install gives a message, not a crash", async () => {
      const copy = mkdtempSync(join(tmpdir(), "mystatus-broken-"));
      try {
        cpSync(installed, copy, { recursive: true });
        rmSync(join(copy, "dist", "wasm", "mystatus_wasm_bg.wasm"));
        const broken = (await import(pathToFileURL(join(copy, "dist", "index.js")).href)).default;
        const brokenHooks = await broken.server({});
        const config = {};
        await brokenHooks.config(config);
        assert.ok(config.command.mystatus, "loading and configuring must not need the wasm");
        const output = await brokenHooks.tool.mystatus.execute({}, toolContext());
        assert.match(output, /^mystatus failed unexpectedly \(.+\)\. Please report this/);
      } finally {
        removeTree(copy);
      }
    });
  });

  describe("the mystatus command line", () => {
    /** Runs the CLI without blocking this process, whose event loop serves the fake API. */
    const cli = (args) =>
      new Promise((resolve, reject) => {
        const child = spawn(runtimeBinary, [join(installed, "dist", "cli.js"), ...args], { env: sandbox.env() });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("error", reject);
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });

    test("prints the guidance when nothing is configured, exit 0", async () => {
      const result = await cli([]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, sandbox.localize(snapshot("none_en")) + "\n");
    });

    test("--json gives the report and each platform's result; a failure exits 1", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle(() => ({ status: 403 }));
      const result = await cli(["--json"]);
      assert.equal(result.status, 1, result.stderr);
      const json = JSON.parse(result.stdout);
      // The shape and its key order, as the wasm module builds it: absent fields are left out.
      assert.deepEqual(Object.keys(json), ["markdown", "platforms"]);
      assert.deepEqual(Object.keys(json.platforms[0]), ["id", "name", "result"]);
      assert.deepEqual(Object.keys(json.platforms[0].result), ["success", "error", "accounts"]);
      assert.deepEqual(json.platforms[0].result.accounts, []);
      assert.deepEqual(Object.keys(json.platforms[1]), ["id", "name"]);
      assert.equal(json.platforms[0].id, "copilot");
      assert.equal(json.platforms[0].name, "GitHub Copilot");
      assert.equal(json.platforms[0].result.success, false);
      assert.match(json.platforms[0].result.error, /\(403\)/);
      assert.match(json.markdown, /^## ❌ Failed to query accounts/);
    });

    test("a report, exit 0", async () => {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      github.handle(legacyBilling());
      const result = await cli([]);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(result.stdout.startsWith("## GitHub Copilot Account Quota\n"), result.stdout);
    });

    test("--help and bad arguments", async () => {
      const help = await cli(["--help"]);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage: mystatus \[--json\]/);
      const bad = await cli(["--verbose"]);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /unknown argument --verbose/);
    });
  });
});

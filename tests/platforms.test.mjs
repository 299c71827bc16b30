// Every platform end to end over the installed package, against one fake server on 127.0.0.1
// that serves each platform under its own prefix (see PREFIXES in sandbox.mjs). Runs under Node
// (`node --test`) and Bun (`bun test`).
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { fixedClock, fromPackage, ok, runtime, useFakeApi } from "./harness.mjs";
import { PAT, fixture, snapshot } from "./sandbox.mjs";

const core = await fromPackage("core.js");
const { statusLine } = await fromPackage("status.js");
const plugin = (await fromPackage("index.js")).default;

// The credentials the core's fixtures and snapshots were written with.
const OPENAI_ACCESS = fixture("openai_access_token.txt");
const ANTHROPIC_ACCESS = "sk-ant-oat01-Zx9mQ2vLk8RtY4nB7cWp3JhF6dS1aGe5uIo0TyXw-Kq2NmLp8RvT4sYc7bA";
const OPENCODE_GO_KEY = "sk-go-7Hq2Zr9XkWm4Lp1Vb8Nc3Td6Fy0Js5Ga";
const ZHIPU_KEY = "4f1e2d3c5b6a79880a1b2c3d4e5f6071.AbCdEfGhIjKlMnOp";
const ZAI_KEY = "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345";
const ALICE_REFRESH = "1//0gAliceRefreshToken-abcdefghijklmnopqrstuvwxyz";
const BOB_REFRESH = "1//0gBobRefreshToken+ZYXWVUTSRQPONMLKJIH/9876";
const ALICE_ACCESS = "ya29.a0AliceAccessToken_0123456789abcdefghijklmnopqrstuv";
const BOB_ACCESS = "ya29.a0BobAccessToken_9876543210zyxwvutsrqponmlkjihgfe";
const SECRETS = [OPENCODE_GO_KEY, OPENAI_ACCESS, ANTHROPIC_ACCESS, ZHIPU_KEY, ZAI_KEY, ALICE_REFRESH, BOB_REFRESH, ALICE_ACCESS, BOB_ACCESS];

const PATHS = {
  opencodeGo: "/opencode-go/zen/go/v1/usage",
  openai: "/openai/backend-api/wham/usage",
  anthropic: "/anthropic/api/oauth/usage",
  zhipu: "/zhipu/api/monitor/usage/quota/limit",
  zai: "/zai/api/monitor/usage/quota/limit",
  googleToken: "/google-oauth/token",
  googleModels: "/cloudcode/v1internal:fetchAvailableModels",
  googleSummary: "/cloudcode/v1internal:retrieveUserQuotaSummary",
};

const later = (ms, answer) => ({ ...answer, delayMs: ms });

/**
 * A token answer without `expires_in`: the plugin then cannot remember the access token, so every
 * report in this process refreshes it and the tests stay independent of one another.
 */
const forgettable = (name) => {
  const { expires_in: _lifetime, ...token } = JSON.parse(fixture(name));
  return JSON.stringify(token);
};

/**
 * Google as the fixtures have it: each refresh token gives its access token, which gives its models;
 * the quota summary is not offered (404, from the server's default), so the model list answers.
 */
function google(request) {
  if (request.path === PATHS.googleToken) {
    const refresh = new URLSearchParams(request.body).get("refresh_token");
    if (refresh === ALICE_REFRESH) return ok(forgettable("antigravity_token_alice.json"));
    if (refresh === BOB_REFRESH) return ok(forgettable("antigravity_token_bob.json"));
    return { status: 400, body: fixture("antigravity_invalid_grant.json") };
  }
  if (request.path === PATHS.googleModels) {
    const access = (request.headers.authorization ?? "").replace(/^Bearer /, "");
    if (access === ALICE_ACCESS) return ok(fixture("antigravity_models_alice.json"));
    if (access === BOB_ACCESS) return ok(fixture("antigravity_models_bob.json"));
    return { status: 401, body: "{}" };
  }
  return undefined;
}

/** Every platform healthy; `overrides` replaces the answer for a path. */
function everything(overrides = {}) {
  const answers = {
    [PATHS.opencodeGo]: ok(fixture("opencode_go_usage.json")),
    [PATHS.openai]: ok(fixture("openai_usage_plus.json")),
    [PATHS.anthropic]: ok(fixture("anthropic_usage_max.json")),
    [PATHS.zhipu]: ok(fixture("zhipu_quota_old.json")),
    [PATHS.zai]: ok(fixture("zai_quota_new.json")),
    ...overrides,
  };
  return (request) => answers[request.path] ?? google(request);
}

describe(`every platform under ${runtime}`, () => {
  const fake = useFakeApi();

  function signInEverywhere() {
    const hour = Date.now() + 3_600_000;
    fake.sandbox.writeAuthEntries({
      "opencode-go": { type: "api", key: OPENCODE_GO_KEY },
      openai: { type: "oauth", access: OPENAI_ACCESS, refresh: "rt_0123456789abcdef", expires: hour },
      anthropic: { type: "oauth", access: ANTHROPIC_ACCESS, refresh: "sk-ant-ort01-refresh0123456789", expires: hour },
      "zhipuai-coding-plan": { type: "api", key: ZHIPU_KEY },
      "zai-coding-plan": { type: "api", key: ZAI_KEY },
    });
    fake.sandbox.writeConfigFile("antigravity-accounts.json", fixture("antigravity_accounts.json"));
  }

  const single = [
    ["OpenCode Go", "queryOpencodeGoUsage", "opencode_go"],
    ["OpenAI", "queryOpenAIUsage", "openai_plus"],
    ["Anthropic", "queryAnthropicUsage", "anthropic_max"],
    ["Google Antigravity", "queryGoogleUsage", "antigravity_two_accounts"],
    ["Zhipu AI", "queryZhipuUsage", "zhipu_old"],
    ["Z.ai", "queryZaiUsage", "zai_new"],
  ];
  for (const [name, exportName, snapshotName] of single) {
    test(`${name}: ${exportName} gives the reviewed report`, async () => {
      signInEverywhere();
      fake.server.handle(everything());
      const result = await core[exportName](fixedClock);
      assert.equal(result.success, true, result.error);
      assert.equal(result.output, snapshot(snapshotName));
    });
  }

  test("each platform's request carries its credential the documented way", async () => {
    signInEverywhere();
    fake.server.handle(everything());
    await core.queryAllUsage();
    const find = (path) => fake.server.requests.filter((r) => r.path === path);
    const [go] = find(PATHS.opencodeGo);
    assert.equal(go.method, "GET");
    assert.equal(go.headers.authorization, `Bearer ${OPENCODE_GO_KEY}`);
    assert.equal(go.headers.accept, "application/json");
    assert.match(go.headers["user-agent"], /^mystatus\//);
    assert.equal(go.headers.cookie, undefined);
    assert.equal(find(PATHS.openai)[0].headers.authorization, `Bearer ${OPENAI_ACCESS}`);
    assert.equal(find(PATHS.openai)[0].headers["chatgpt-account-id"], "7f1c2b3a-0000-4000-8000-00000000abcd");
    assert.equal(find(PATHS.anthropic)[0].headers.authorization, `Bearer ${ANTHROPIC_ACCESS}`);
    assert.equal(find(PATHS.anthropic)[0].headers["anthropic-beta"], "oauth-2025-04-20");
    assert.match(find(PATHS.anthropic)[0].headers["user-agent"], /^claude-code\/\d+\.\d+\.\d+$/);
    assert.equal(find(PATHS.zhipu)[0].headers.authorization, ZHIPU_KEY);
    assert.equal(find(PATHS.zai)[0].headers.authorization, ZAI_KEY);
    const tokens = find(PATHS.googleToken);
    assert.equal(tokens.length, 2);
    for (const request of tokens) {
      assert.equal(request.method, "POST");
      assert.equal(request.headers["content-type"], "application/x-www-form-urlencoded");
      assert.equal(new URLSearchParams(request.body).get("grant_type"), "refresh_token");
    }
    const models = find(PATHS.googleModels);
    assert.deepEqual(models.map((r) => JSON.parse(r.body).project).sort(), ["alice-project-4821", "bold-falcon-a1b2c"]);
  });

  test("the tool shows every configured platform, in a stable order", async () => {
    signInEverywhere();
    fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    fake.server.handle(everything({ "/users/johndoe/settings/billing/ai_credit/usage": ok(fixture("credits_usage_pro.json")) }));
    const { tool } = await plugin.server({});
    const output = await tool.mystatus.execute({}, { abort: new AbortController().signal });
    const titles = output.split("\n").filter((line) => line.startsWith("## "));
    assert.deepEqual(titles, [
      "## GitHub Copilot Account Quota",
      "## OpenCode Go Account Quota",
      "## OpenAI Account Quota",
      "## Anthropic Account Quota",
      "## Google Antigravity Account Quota",
      "## Zhipu AI Account Quota",
      "## Z.ai Account Quota",
    ]);
  });

  test("the report's figures cross as JavaScript data: accounts, meters and the status line", async () => {
    signInEverywhere();
    fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    fake.server.handle(everything({ "/users/johndoe/settings/billing/ai_credit/usage": ok(fixture("credits_usage_pro.json")) }));
    const report = await core.queryAllUsage();
    assert.equal(statusLine(report), "Copilot 68% · OpenCode Go 43% · Codex 70% · Claude 65% · Antigravity 0% · Zhipu 69% · Z.ai 0%");
    const [copilot] = report.platforms[0].result.accounts;
    assert.equal(copilot.name, "johndoe");
    assert.deepEqual(
      { ...copilot.meters[0], resetsAt: typeof copilot.meters[0].resetsAt },
      { label: "AI credits", unit: "credits", used: 480, limit: 1500, remainingPercent: 68, resetsAt: "string", exhausted: false },
    );
    assert.equal(new Date(copilot.meters[0].resetsAt).getUTCDate(), 1, "the 1st of next month");
    const antigravity = report.platforms[4].result.accounts;
    assert.deepEqual(antigravity.map((account) => account.name), ["alice@example.com", "bob@example.com"]);
    assert.ok(antigravity.every((account) => account.meters.length > 0 && account.error === undefined));
    const data = JSON.stringify(report.platforms);
    for (const secret of [PAT, ...SECRETS]) assert.ok(!data.includes(secret), "a secret in the report's data");
  });

  test("platforms are asked at the same time", async () => {
    signInEverywhere();
    fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    const slow = everything({
      [PATHS.opencodeGo]: later(300, ok(fixture("opencode_go_usage.json"))),
      [PATHS.openai]: later(300, ok(fixture("openai_usage_plus.json"))),
      [PATHS.anthropic]: later(300, ok(fixture("anthropic_usage_max.json"))),
      [PATHS.zhipu]: later(300, ok(fixture("zhipu_quota_old.json"))),
      [PATHS.zai]: later(300, ok(fixture("zai_quota_new.json"))),
      "/users/johndoe/settings/billing/ai_credit/usage": later(300, ok(fixture("credits_usage_pro.json"))),
      "/users/johndoe/settings/billing/premium_request/usage": later(300, ok(fixture("usage_empty.json"))),
    });
    fake.server.handle((request) => {
      const answer = slow(request);
      return request.path === PATHS.googleToken ? later(300, answer) : answer;
    });
    const report = await core.queryAllUsage();
    assert.ok(report.platforms.every((platform) => platform.result?.success), JSON.stringify(report.platforms));
    // Every platform's first request was in flight before any answer came back.
    const firstRounds = fake.server.requests.filter((r) => r.path !== PATHS.googleModels && r.path !== PATHS.googleSummary);
    assert.equal(firstRounds.length, 9);
    assert.ok(
      firstRounds.every((r) => r.arrivedAt <= Math.min(...fake.server.requests.map((x) => x.arrivedAt)) + 250),
      "a platform waited for another",
    );
  });

  test("one platform failing or timing out never hides the others", async () => {
    signInEverywhere();
    process.env.MYSTATUS_TIMEOUT_MS = "400";
    fake.server.handle(
      everything({
        [PATHS.anthropic]: { status: 503, body: `{"error":{"message":"overloaded, token ${ANTHROPIC_ACCESS}"}}` },
        [PATHS.zhipu]: later(3000, ok(fixture("zhipu_quota_old.json"))),
      }),
    );
    const report = await core.queryAllUsage();
    const byId = Object.fromEntries(report.platforms.map((p) => [p.id, p.result]));
    assert.equal(byId.copilot, undefined);
    assert.equal(byId["opencode-go"].success, true);
    assert.equal(byId.openai.success, true);
    assert.equal(byId.antigravity.success, true);
    assert.equal(byId.zai.success, true);
    assert.equal(byId.anthropic.success, false);
    assert.equal(byId.zhipu.success, false);
    const [shown, failed] = report.markdown.split("## ❌ Failed to query accounts");
    assert.ok(shown.includes("## OpenAI Account Quota") && shown.includes("## Z.ai Account Quota"));
    assert.match(failed, /### Anthropic\n\nAnthropic answered with a server error \(503\)/);
    assert.match(failed, /### Zhipu AI\n\nZhipu AI did not answer within 1 s/);
    assert.ok(failed.indexOf("### Anthropic") < failed.indexOf("### Zhipu AI"));
  });

  test("no token reaches the report, even when every API echoes them", async () => {
    signInEverywhere();
    const echo = (request) => ({
      status: 401,
      body: JSON.stringify({ message: `rejected ${request.headers.authorization} ${request.body}`, error: "x" }),
    });
    fake.server.handle(echo);
    const report = await core.queryAllUsage();
    const text = JSON.stringify(report);
    for (const secret of SECRETS) {
      assert.ok(!text.includes(secret), `a secret leaked: ${secret.slice(0, 12)}…`);
      assert.ok(!text.includes(encodeURIComponent(secret)), `an encoded secret leaked: ${secret.slice(0, 12)}…`);
    }
    assert.ok(report.platforms.every((p) => p.id === "copilot" || p.result?.success === false));
  });

  test("a repeated report skips Google's token refresh while the access token lives", async () => {
    // Credentials of its own, so that this test's memory never meets another test's.
    fake.sandbox.writeConfigFile("antigravity-accounts.json", {
      accounts: [
        { email: "carol@example.com", refreshToken: "1//0gRepeatCarol-0123456789abcdefghij", projectId: "carol-1" },
        { email: "dan@example.com", refreshToken: "1//0gRepeatDan-0123456789abcdefghijkl", projectId: "dan-2" },
      ],
    });
    const alice = "ya29.a0RepeatCarolAndDan_0123456789abcdefghijklmnopq";
    const handler = (request) => {
      if (request.path === PATHS.googleToken) {
        return ok(JSON.stringify({ access_token: alice, expires_in: 3599, token_type: "Bearer" }));
      }
      if (request.path === PATHS.googleModels) return ok(fixture("antigravity_models_alice.json"));
      return undefined;
    };
    fake.server.handle(handler);
    await core.queryGoogleUsage();
    assert.equal(fake.server.requests.filter((r) => r.path === PATHS.googleToken).length, 2);
    fake.server.handle(handler);
    await core.queryGoogleUsage();
    // The accounts are asked at once: their requests interleave.
    assert.deepEqual(
      fake.server.requests.map((r) => r.path).sort(),
      [PATHS.googleModels, PATHS.googleModels, PATHS.googleSummary, PATHS.googleSummary],
    );
  });

  test("Google's quota summary comes first, to the overridden origin, and answers alone", async () => {
    fake.sandbox.writeConfigFile("antigravity-accounts.json", fixture("antigravity_accounts.json"));
    fake.server.handle((request) => {
      if (request.path === PATHS.googleSummary) {
        const access = (request.headers.authorization ?? "").replace(/^Bearer /, "");
        if (access === ALICE_ACCESS) return ok(fixture("antigravity_summary_alice.json"));
        if (access === BOB_ACCESS) return ok(fixture("antigravity_summary_bob.json"));
      }
      return google(request);
    });
    const result = await core.queryGoogleUsage(fixedClock);
    assert.equal(result.success, true, result.error);
    assert.equal(result.output, snapshot("antigravity_summary"));
    const summaries = fake.server.requests.filter((r) => r.path === PATHS.googleSummary);
    assert.deepEqual(summaries.map((r) => JSON.parse(r.body).project).sort(), ["alice-project-4821", "bold-falcon-a1b2c"]);
    assert.equal(fake.server.requests.filter((r) => r.path === PATHS.googleModels).length, 0);
    const [alice] = result.accounts;
    assert.deepEqual(
      alice.meters.map((meter) => [meter.label, meter.remainingPercent, meter.exhausted]),
      [
        ["Gemini Models: 5-hour limit", 25, false],
        ["Gemini Models: 7-day limit", 57.99999999999999, false],
        ["Claude and GPT models: 5-hour limit", 0, true],
        ["Claude and GPT models: 7-day limit", 100, false],
      ],
    );
  });

  test("a model list where every model is full says the quota is not reported", async () => {
    fake.sandbox.writeConfigFile("antigravity-accounts.json", {
      version: 4,
      accounts: [
        { email: "alice@example.com", refreshToken: ALICE_REFRESH, projectId: "alice-project-4821" },
        { email: "bob@example.com", refreshToken: BOB_REFRESH, projectId: "bob-1", enabled: false },
      ],
    });
    fake.server.handle((request) => {
      if (request.path === PATHS.googleSummary) return { status: 403, body: fixture("antigravity_forbidden.json") };
      if (request.path === PATHS.googleModels) return ok(fixture("antigravity_models_placeholder.json"));
      return google(request);
    });
    const result = await core.queryGoogleUsage(fixedClock);
    assert.equal(result.success, true, result.error);
    assert.equal(result.output, snapshot("antigravity_placeholder"));
    assert.deepEqual(result.accounts, [{ name: "alice@example.com", meters: [] }]);
    // The switched-off account is not asked.
    assert.equal(fake.server.requests.filter((r) => r.path === PATHS.googleToken).length, 1);
  });

  test("OpenAI's Spark limit, code review and credits cross as meters", async () => {
    fake.sandbox.writeAuthEntries({
      openai: { type: "oauth", access: OPENAI_ACCESS, refresh: "rt_0123456789abcdef", expires: Date.now() + 3_600_000 },
    });
    fake.server.handle((request) => (request.path === PATHS.openai ? ok(fixture("openai_usage_pro_extras.json")) : undefined));
    const result = await core.queryOpenAIUsage(fixedClock);
    assert.equal(result.success, true, result.error);
    assert.equal(result.output, snapshot("openai_extras"));
    const [account] = result.accounts;
    assert.deepEqual(
      account.meters.map((meter) => [meter.label, meter.unit, meter.remainingPercent, meter.limit, meter.exhausted]),
      [
        ["5-hour limit", "percent", 85, 100, false],
        ["7-day limit", "percent", 95, 100, false],
        ["GPT-5.3-Codex-Spark: 5-hour limit", "percent", 70, 100, false],
        ["GPT-5.3-Codex-Spark: 7-day limit", "percent", 0, 100, true],
        ["Code review: 7-day limit", "percent", 100, 100, false],
        ["Credits", "credits", undefined, 150, false],
      ],
    );
    assert.equal(account.meters[3].resetsAt, "2026-11-23T18:40:00.000Z");
  });

  test("OpenCode Go without a subscription says so, and a rate-limited window is reached, not a failure", async () => {
    fake.sandbox.writeAuthEntries({ "opencode-go": { type: "api", key: OPENCODE_GO_KEY } });
    fake.server.handle(() => ({ status: 403, body: fixture("opencode_go_403.json") }));
    const refused = await core.queryOpencodeGoUsage(fixedClock);
    assert.equal(refused.success, false);
    assert.equal(refused.error, snapshot("opencode_go_403"));
    fake.server.handle(() => ok(fixture("opencode_go_usage_rate_limited.json")));
    const limited = await core.queryOpencodeGoUsage(fixedClock);
    assert.equal(limited.success, true, limited.error);
    assert.equal(limited.output, snapshot("opencode_go_rate_limited"));
    const [account] = limited.accounts;
    assert.deepEqual(account.meters.map((meter) => [meter.label, meter.exhausted]), [
      ["5-hour limit", false],
      ["7-day limit", true],
      ["1-month limit", true],
    ]);
  });

  test("an expired sign-in is explained and not sent", async () => {
    fake.sandbox.writeAuthEntries({ openai: { type: "oauth", access: OPENAI_ACCESS, expires: Date.now() - 1000 } });
    const result = await core.queryOpenAIUsage();
    assert.equal(result.success, false);
    assert.match(result.error, /Use an OpenAI model in OpenCode once to refresh it/);
    assert.equal(fake.server.requests.length, 0);
  });

  test("per-platform exports give undefined when a platform is not configured", async () => {
    for (const name of ["queryOpencodeGoUsage", "queryOpenAIUsage", "queryAnthropicUsage", "queryGoogleUsage", "queryZhipuUsage", "queryZaiUsage"]) {
      assert.equal(await core[name](), undefined, name);
    }
    assert.equal(fake.server.requests.length, 0);
  });

  /** Anthropic as it answers in late 2026: any client but Claude Code gets a 429 that never clears. */
  function anthropicOnlyForClaudeCode(request) {
    if (request.path !== PATHS.anthropic) return undefined;
    if (!(request.headers["user-agent"] ?? "").startsWith("claude-code/")) {
      return { status: 429, headers: { "retry-after": "0" }, body: '{"error":{"type":"rate_limit_error","message":"Rate limited"}}' };
    }
    return ok(fixture("anthropic_usage_2026.json"));
  }

  test("Anthropic: Claude Code's sign-in, asked as Claude Code asks", async () => {
    fake.sandbox.writeClaudeCodeCredentials(fixture("claude_code_credentials.json"));
    fake.server.handle(anthropicOnlyForClaudeCode);
    const result = await core.queryAnthropicUsage(fixedClock);
    assert.equal(result?.success, true, result?.error);
    assert.equal(result.output, snapshot("anthropic_claude_code"));
    assert.equal(result.accounts[0].plan, "Claude Max 20x");
    const [request] = fake.server.requests;
    assert.equal(request.headers.authorization, `Bearer ${JSON.parse(fixture("claude_code_credentials.json")).claudeAiOauth.accessToken}`);
  });

  test("after a 429, automatic refreshes leave the sign-in alone; /mystatus still asks", async () => {
    signInEverywhere();
    fake.server.handle((request) =>
      request.path === PATHS.anthropic
        ? { status: 429, headers: { "retry-after": "0" }, body: '{"error":{"type":"rate_limit_error","message":"Rate limited"}}' }
        : everything()(request),
    );
    const asked = () => fake.server.requests.filter((request) => request.path === PATHS.anthropic).length;
    const first = await core.queryAnthropicUsage({ automatic: true });
    assert.match(first?.error ?? "", /^Anthropic refused the usage request .* with 429\. /);
    assert.doesNotMatch(first?.error ?? "", /retry after 0/);
    const paused = await core.queryAllUsage({ automatic: true });
    assert.equal(asked(), 1);
    const anthropic = paused.platforms.find((platform) => platform.id === "anthropic");
    assert.match(anthropic?.result?.error ?? "", /automatic refreshes leave it alone for 1m\. Type \/mystatus to ask now\./);
    assert.equal(paused.platforms.find((platform) => platform.id === "zhipu")?.result?.success, true);
    assert.match(statusLine(paused), /Claude ✗/);
    await core.queryAnthropicUsage();
    assert.equal(asked(), 2, "typed by the user: asked");
  });

  test("nothing configured: the guidance lists every platform", async () => {
    const report = await core.queryAllUsage();
    assert.ok(report.markdown.startsWith("No configured accounts found.\n\nSupported account types:\n- GitHub Copilot\n- OpenCode Go\n- OpenAI\n- Anthropic\n- Google Antigravity\n- Zhipu AI\n- Z.ai\n"));
    for (const platform of ["OpenCode Go", "OpenAI", "Anthropic", "Google Antigravity", "Zhipu AI", "Z.ai"]) {
      assert.ok(report.markdown.includes(`\n## ${platform}\n\n`), platform);
    }
  });
});

// What the benchmark configures and what the fake API answers: one handler for every platform
// (GitHub at the root, the others under their prefix, as tests/sandbox.mjs points them). The
// benchmark switches two things: a delay on every answer (the parallel scenario), and whether
// Google's token answers say how long the token lives (when they do not, the core cannot remember
// the token and refreshes it on every report, as on the first report of a session).
import { OAUTH_TOKEN, PAT, SESSION_TOKEN, fixture } from "../tests/sandbox.mjs";
import { GOOGLE_MODELS_PATH, GOOGLE_SUMMARY_PATH, GOOGLE_TOKEN_PATH, benchAccess, benchRefresh, googleAccount } from "./chains.mjs";

export const PATHS = {
  credits: "/users/johndoe/settings/billing/ai_credit/usage",
  premium: "/users/johndoe/settings/billing/premium_request/usage",
  copilotUser: "/copilot_internal/user",
  opencodeGo: "/opencode-go/zen/go/v1/usage",
  openai: "/openai/backend-api/wham/usage",
  anthropic: "/anthropic/api/oauth/usage",
  zhipu: "/zhipu/api/monitor/usage/quota/limit",
  zai: "/zai/api/monitor/usage/quota/limit",
  googleToken: GOOGLE_TOKEN_PATH,
  googleSummary: GOOGLE_SUMMARY_PATH,
  googleModels: GOOGLE_MODELS_PATH,
};

// The credentials the core's fixtures were written with (as in tests/platforms.test.mjs).
const OPENAI_ACCESS = fixture("openai_access_token.txt");
const ANTHROPIC_ACCESS = "sk-ant-oat01-Zx9mQ2vLk8RtY4nB7cWp3JhF6dS1aGe5uIo0TyXw-Kq2NmLp8RvT4sYc7bA";
const ZHIPU_KEY = "4f1e2d3c5b6a79880a1b2c3d4e5f6071.AbCdEfGhIjKlMnOp";
const ZAI_KEY = "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345";
const OPENCODE_GO_KEY = "sk-go-7e1f0c9a2b3d4e5f60718293a4b5c6d7";

const ok = (body) => ({ status: 200, body });
const FIXTURES = {
  usageEmpty: fixture("usage_empty.json"),
  premiumPro: fixture("premium_usage_pro.json"),
  internalLegacyPro: fixture("internal_legacy_pro.json"),
  opencodeGo: fixture("opencode_go_usage.json"),
  openai: fixture("openai_usage_plus.json"),
  anthropic: fixture("anthropic_usage_max.json"),
  zhipu: fixture("zhipu_quota_old.json"),
  zai: fixture("zai_quota_new.json"),
  tokenAlice: fixture("antigravity_token_alice.json"),
  tokenBob: fixture("antigravity_token_bob.json"),
  summaryAlice: fixture("antigravity_summary_alice.json"),
  summaryBob: fixture("antigravity_summary_bob.json"),
  modelsAlice: fixture("antigravity_models_alice.json"),
  modelsBob: fixture("antigravity_models_bob.json"),
  invalidGrant: fixture("antigravity_invalid_grant.json"),
};

/** A token answer: the fixture's, for another access token, without `expires_in` if asked. */
function tokenAnswer(fixtureText, access, remember) {
  const payload = JSON.parse(fixtureText);
  if (access !== undefined) payload.access_token = access;
  if (!remember) delete payload.expires_in;
  return JSON.stringify(payload);
}

const bearer = (request) => (request.headers.authorization ?? "").replace(/^Bearer /, "");

/**
 * Every route of every platform. `state.delayMs` delays every answer; `state.rememberTokens`
 * (default true) keeps `expires_in` in Google's token answers.
 */
export function createHandler(state) {
  const answers = {
    [PATHS.credits]: () => ok(FIXTURES.usageEmpty),
    [PATHS.premium]: () => ok(FIXTURES.premiumPro),
    [PATHS.copilotUser]: (request) =>
      bearer(request) === SESSION_TOKEN ? ok(FIXTURES.internalLegacyPro) : { status: 401, body: '{"message":"Bad credentials"}' },
    [PATHS.opencodeGo]: () => ok(FIXTURES.opencodeGo),
    [PATHS.openai]: () => ok(FIXTURES.openai),
    [PATHS.anthropic]: () => ok(FIXTURES.anthropic),
    [PATHS.zhipu]: () => ok(FIXTURES.zhipu),
    [PATHS.zai]: () => ok(FIXTURES.zai),
    [PATHS.googleToken]: (request) => {
      const account = googleAccount(request);
      const remember = state.rememberTokens !== false;
      if (account === "alice") return ok(tokenAnswer(FIXTURES.tokenAlice, undefined, remember));
      if (account === "bob") return ok(tokenAnswer(FIXTURES.tokenBob, undefined, remember));
      if (account !== undefined) return ok(tokenAnswer(FIXTURES.tokenAlice, benchAccess(Number(account)), remember));
      return { status: 400, body: FIXTURES.invalidGrant };
    },
    [PATHS.googleSummary]: (request) => {
      const account = googleAccount(request);
      if (account === "bob") return ok(FIXTURES.summaryBob);
      if (account !== undefined) return ok(FIXTURES.summaryAlice);
      return { status: 401, body: "{}" };
    },
    [PATHS.googleModels]: (request) => {
      const account = googleAccount(request);
      if (account === "bob") return ok(FIXTURES.modelsBob);
      if (account !== undefined) return ok(FIXTURES.modelsAlice);
      return { status: 401, body: "{}" };
    },
  };
  return (request) => {
    const route = answers[request.path.split("?")[0]];
    const answer = route ? route(request) : { status: 404, body: '{"message":"Not Found"}' };
    return state.delayMs > 0 ? { ...answer, delayMs: state.delayMs } : answer;
  };
}

const DAY = 86_400_000;
const COPILOT = "## GitHub Copilot Account Quota";
const GOOGLE = "## Google Antigravity Account Quota";

export const SCENARIOS = {
  none: {
    title: "nothing configured: no request; the core looks for every platform's files and writes the set-up guidance",
    setup() {},
    expect: ["No configured accounts found."],
  },
  pat: {
    title: "Copilot, fine-grained PAT with username and tier `pro`, legacy annual plan (premium requests; AI-credit report empty)",
    setup(sandbox) {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    },
    expect: [COPILOT, "Premium requests"],
  },
  oauth: {
    title: "Copilot, OpenCode's OAuth sign-in with a valid cached session token (legacy Pro)",
    setup(sandbox) {
      sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: SESSION_TOKEN, expires: Date.now() + DAY });
    },
    expect: [COPILOT, "Premium requests"],
  },
  all: {
    title: "all seven platforms: Copilot PAT with username, OpenCode Go, OpenAI, Anthropic, 2 Antigravity accounts, Zhipu AI, Z.ai",
    setup(sandbox) {
      sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      sandbox.writeAuthEntries({
        "opencode-go": { type: "api", key: OPENCODE_GO_KEY },
        openai: { type: "oauth", access: OPENAI_ACCESS, refresh: "rt_0123456789abcdef", expires: Date.now() + DAY },
        anthropic: { type: "oauth", access: ANTHROPIC_ACCESS, refresh: "sk-ant-ort01-refresh0123456789", expires: Date.now() + DAY },
        "zhipuai-coding-plan": { type: "api", key: ZHIPU_KEY },
        "zai-coding-plan": { type: "api", key: ZAI_KEY },
      });
      sandbox.writeConfigFile("antigravity-accounts.json", fixture("antigravity_accounts.json"));
    },
    expect: [
      COPILOT,
      "## OpenCode Go Account Quota",
      "## OpenAI Account Quota",
      "## Anthropic Account Quota",
      GOOGLE,
      "## Zhipu AI Account Quota",
      "## Z.ai Account Quota",
    ],
  },
  /** N Google Antigravity accounts, each with the alice fixture's models. */
  accounts(n) {
    const last = `bench${String(n - 1).padStart(4, "0")}@example.com`;
    return {
      title: `${n} Google Antigravity account${n === 1 ? "" : "s"}`,
      setup(sandbox) {
        const accounts = Array.from({ length: n }, (_, i) => ({
          email: `bench${String(i).padStart(4, "0")}@example.com`,
          refreshToken: benchRefresh(i),
          projectId: `bench-project-${String(i).padStart(4, "0")}`,
          addedAt: 1793000000000,
          lastUsed: 1795260000000,
        }));
        sandbox.writeConfigFile("antigravity-accounts.json", { version: 3, accounts, activeIndex: 0 });
      },
      expect: n === 1 ? [GOOGLE] : [GOOGLE, last],
    };
  },
};

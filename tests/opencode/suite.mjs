// The end-to-end suite: the real OpenCode binary, offline, loads the packed package from the
// `plugin` list of opencode.json, lists /mystatus and answers it with no model request (cases 10
// and 11), and registers the mystatus tool, which a fake model on 127.0.0.1 calls for a question in
// plain words, showing the report read from a fake GitHub API (the other cases).
// One describe per OpenCode version (see latest.test.mjs and oldest.test.mjs).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { before, describe, test } from "node:test";

import { CREDITS_PATH, PREMIUM_PATH } from "../harness.mjs";
import { OAUTH_TOKEN, PAT, SESSION_TOKEN, fixedResetLine, fixture, monthlyResetLine, snapshot } from "../sandbox.mjs";
import { answerText, carries, filesUnder, logFiles, mystatusToolUses, readText, runCommand, runMessage, useOpencode, withServer } from "./opencode.mjs";

const CASE_TIMEOUT_MS = 120_000;
/** A question in plain words: the model calls the mystatus tool for it. */
const QUESTION = "How much quota is left on my AI subscriptions?";
/** The report as the plugin puts it into a session: headings without their `#` marks. */
const sessionText = (markdown) => markdown.replace(/^#{1,6} +/gm, "");

const withMonthlyReset = (name) => (now) => snapshot(name).replace(/^Quota resets: .*$/m, monthlyResetLine(now));
const withFixedReset = (name, date) => (now) => snapshot(name).replace(/^Quota resets: .*$/m, fixedResetLine(now, date));
/** The reset date an internal-API fixture announces (YYYY-MM-DD). */
const resetDate = (name) => JSON.parse(fixture(name)).quota_reset_date.slice(0, 10);
const failed = (text) => `## ❌ Failed to query accounts\n\n### GitHub Copilot\n\n${text}`;

/** The command the package ships (command/mystatus.md): description and template. */
function shippedCommand(pkgDir) {
  const file = readFileSync(join(pkgDir, "command", "mystatus.md"), "utf8");
  const match = file.match(/^---\ndescription: (.*)\n---\n\n([\s\S]*)\n$/);
  assert.ok(match, `unexpected command/mystatus.md:\n${file}`);
  return { description: match[1], template: match[2] };
}

/** What to show when an OpenCode run is not what a test expected. */
function diagnose(result, scene) {
  const logs = logFiles(scene)
    .map((path) => readText(path).split("\n").slice(-25).join("\n"))
    .join("\n");
  return [
    `exit ${result.code} signal ${result.signal} timed out ${result.timedOut}`,
    `stdout:\n${result.stdout.slice(-4000)}`,
    `stderr:\n${result.stderr.slice(-2000)}`,
    `log (tail):\n${logs.slice(-4000)}`,
  ].join("\n");
}

export function defineSuite(version) {
  describe(`OpenCode ${version}, the packed package installed from its plugin entry`, () => {
    const e2e = useOpencode(version);
    /** The command the package ships. */
    let command;
    before(() => {
      command = shippedCommand(e2e.pkgDir);
    });

    const scene = e2e.scene;

    /** Nothing left 127.0.0.1: no request reached the tripwire proxy or registry. */
    const assertOffline = () => assert.deepEqual(e2e.tripwire.requests, [], "OpenCode tried to reach the network");

    /**
     * Asks through the model and checks the whole exchange: one completed mystatus tool call, the
     * model was offered the tool with what was asked, got the tool's output back verbatim and
     * quoted it. What is asked: a question in plain words, or a command of the user's own
     * (`ownCommand`, its template). Returns the tool's output and the run.
     */
    async function runMystatus(current, ownCommand) {
      const asked = ownCommand === undefined ? QUESTION : ownCommand.template;
      const result = ownCommand === undefined ? await runMessage(e2e.binary, current, QUESTION) : await runCommand(e2e.binary, current);
      const why = () => diagnose(result, current);
      assert.equal(result.timedOut, false, `opencode run timed out\n${why()}`);
      assert.equal(result.code, 0, why());
      const uses = mystatusToolUses(result);
      assert.equal(uses.length, 1, `expected one mystatus tool call\n${why()}`);
      const { state } = uses[0].part;
      assert.equal(state.status, "completed", why());
      assert.equal(typeof state.output, "string", why());

      const chats = e2e.model.chats();
      const titles = chats.filter((request) => !(request.json.tools ?? []).length);
      const offers = chats.filter((request) => (request.json.tools ?? []).some((tool) => tool.function?.name === "mystatus"));
      assert.ok(titles.length <= 1, `more than one title request\n${why()}`);
      assert.equal(offers.length, 2, `expected the tool call and the answer to its result\n${why()}`);
      const [call, answer] = offers;
      const userText = (request) =>
        request.json.messages
          .filter((message) => message.role === "user")
          .map((message) => (typeof message.content === "string" ? message.content : message.content.map((part) => part.text ?? "").join("")))
          .join("\n");
      assert.equal(userText(call), asked, "what was asked is what the model was asked");
      const toolMessages = answer.json.messages.filter((message) => message.role === "tool");
      assert.equal(toolMessages.length, 1);
      assert.equal(toolMessages[0].content, state.output, "the model got the tool's output verbatim");
      assert.equal(answerText(result), `The mystatus tool returned:\n\n${state.output}`);
      assertOffline();
      return { output: state.output, result };
    }

    /** The output must equal `expected(now)` for the clock before or after the run. */
    function assertReport(output, result, expected) {
      const candidates = new Set([expected(result.before), expected(result.after)]);
      assert.ok(candidates.has(output), `unexpected report in OpenCode ${version}:\n${output}\n--- expected:\n${[...candidates].join("\n--- or:\n")}`);
    }

    test(
      "1. installed from the plugin entry alone (no `command` in opencode.json): /mystatus is listed and the mystatus tool registered",
      { timeout: CASE_TIMEOUT_MS },
      async () => {
        const current = scene();
        assert.equal("command" in current.opencodeJson, false);
        assert.deepEqual(current.opencodeJson.plugin, [e2e.userSpec]);
        for (const dir of [join(current.dirs.project, ".opencode"), join(current.dirs.config, "opencode")]) {
          assert.equal(existsSync(join(dir, "command")) || existsSync(join(dir, "commands")), false, `${dir} has command files`);
        }

        await withServer(e2e.binary, current, async (get) => {
          const commands = await get("/command");
          const mine = commands.filter((entry) => entry.name === "mystatus");
          assert.equal(mine.length, 1, `/mystatus is not listed: ${JSON.stringify(commands.map((entry) => entry.name))}`);
          assert.equal(mine[0].description, command.description);
          assert.equal(mine[0].template, command.template);

          const ids = await get("/experimental/tool/ids");
          assert.ok(ids.includes("mystatus"), `the mystatus tool is not registered: ${JSON.stringify(ids)}`);
          const tools = await get("/experimental/tool?provider=fake&model=fake");
          const tool = tools.find((entry) => entry.id === "mystatus");
          assert.ok(tool, "the tool list for the model lacks mystatus");
          assert.match(tool.description, /quota/i);
          assert.equal(tool.parameters.type, "object");
          assert.deepEqual(tool.parameters.properties ?? {}, {}, "the tool takes no arguments");
        });

        // OpenCode npm-installed the package itself, into its own cache, as it does for a user.
        const installed = filesUnder(join(current.dirs.cache, "opencode")).filter((path) =>
          path.endsWith(join("node_modules", "opencode-mystatus-wasm", "package.json")),
        );
        assert.equal(installed.length, 1, "OpenCode did not install the package into its cache");
        const installedDir = dirname(installed[0]);
        for (const file of ["package.json", join("dist", "index.js"), join("dist", "wasm", "mystatus_wasm_bg.wasm")]) {
          assert.ok(readFileSync(join(installedDir, file)).equals(readFileSync(join(e2e.pkgDir, file))), `${file} differs from the package under test`);
        }
        assert.equal(e2e.model.requests.length, 0);
        assert.equal(e2e.github.requests.length, 0);
        assertOffline();
      },
    );

    test("1b. also loads from the package folder (an absolute path in `plugin`)", { timeout: CASE_TIMEOUT_MS }, async () => {
      const current = scene({ plugin: e2e.pkgDir });
      await withServer(e2e.binary, current, async (get) => {
        const commands = await get("/command");
        assert.ok(
          commands.some((entry) => entry.name === "mystatus" && entry.template === command.template),
          `/mystatus is not listed: ${JSON.stringify(commands.map((entry) => entry.name))}`,
        );
        assert.ok((await get("/experimental/tool/ids")).includes("mystatus"));
      });
      assertOffline();
    });

    /**
     * A PAT file for a premium-request plan, and GitHub answering its two reports: this month's
     * premium requests, no AI credits.
     */
    function patOnPremiumRequests() {
      e2e.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      e2e.github.handle((request) => {
        if (request.path === PREMIUM_PATH) return { status: 200, body: fixture("premium_usage_pro.json") };
        if (request.path === CREDITS_PATH) return { status: 200, body: fixture("usage_empty.json") };
        return { status: 500, body: '{"message":"unexpected request"}' };
      });
    }

    test("2. a PAT file: the mystatus tool's report, byte for byte", { timeout: CASE_TIMEOUT_MS }, async () => {
      patOnPremiumRequests();
      const { output, result } = await runMystatus(scene());
      assertReport(output, result, withMonthlyReset("pat_pro"));
      assert.deepEqual(e2e.github.requests.map((request) => request.path).sort(), [CREDITS_PATH, PREMIUM_PATH].sort());
      for (const request of e2e.github.requests) assert.equal(request.headers.authorization, `Bearer ${PAT}`);
    });

    describe("3. only OpenCode's auth.json: the mystatus tool's report", () => {
      // With a github-copilot entry in auth.json, OpenCode's own Copilot provider connects to
      // api.githubcopilot.com at start-up (it does so without this plugin too, and despite
      // OPENCODE_DISABLE_MODELS_FETCH). Disabling that provider keeps OpenCode offline; the plugin
      // reads auth.json itself and does not depend on it.
      const copilotScene = () => scene({ config: { disabled_providers: ["github-copilot"] } });
      const calls = () => e2e.github.requests.map((request) => `${request.path} ${request.headers.authorization}`);
      const noTokenToModel = () => {
        for (const token of [OAUTH_TOKEN, SESSION_TOKEN]) {
          assert.ok(!e2e.model.requests.some((request) => carries(request.body + JSON.stringify(request.headers), token)), "a token reached the model");
        }
      };

      test("direct: the OAuth token read as `token`", { timeout: CASE_TIMEOUT_MS }, async () => {
        e2e.sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: OAUTH_TOKEN, expires: 0 });
        e2e.github.handle((request) =>
          request.path === "/copilot_internal/user" && request.headers.authorization === `token ${OAUTH_TOKEN}`
            ? { status: 200, body: fixture("internal_limited.json") }
            : { status: 500 },
        );
        const { output, result } = await runMystatus(copilotScene());
        assertReport(output, result, withFixedReset("oauth_limited", resetDate("internal_limited.json")));
        assert.deepEqual(calls(), [`/copilot_internal/user token ${OAUTH_TOKEN}`]);
        noTokenToModel();
      });

      test("exchange: direct refused, then a session token", { timeout: CASE_TIMEOUT_MS }, async () => {
        e2e.sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: OAUTH_TOKEN, expires: 0 });
        e2e.github.handle((request) => {
          const auth = request.headers.authorization;
          if (request.path === "/copilot_internal/v2/token" && auth === `Bearer ${OAUTH_TOKEN}`) return { status: 200, body: fixture("token_exchange.json") };
          if (request.path === "/copilot_internal/user" && auth === `Bearer ${SESSION_TOKEN}`) return { status: 200, body: fixture("internal_legacy_pro.json") };
          return { status: 401, body: '{"message":"Bad credentials"}' };
        });
        const { output, result } = await runMystatus(copilotScene());
        assertReport(output, result, withFixedReset("oauth_pro", resetDate("internal_legacy_pro.json")));
        assert.deepEqual(calls(), [
          `/copilot_internal/user token ${OAUTH_TOKEN}`,
          `/copilot_internal/v2/token Bearer ${OAUTH_TOKEN}`,
          `/copilot_internal/user Bearer ${SESSION_TOKEN}`,
        ]);
        noTokenToModel();
      });
    });

    test("4. a 403 on the PAT path: the permission advice, and the token nowhere", { timeout: CASE_TIMEOUT_MS }, async () => {
      e2e.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      // The API echoes the credentials it was sent, so a leak would have something to leak.
      e2e.github.handle((request) => ({
        status: 403,
        body: JSON.stringify({ message: `Resource not accessible by personal access token (${request.headers.authorization})` }),
      }));
      const current = scene();
      const { output, result } = await runMystatus(current);

      const expected = failed(e2e.sandbox.localize(snapshot("pat_403"))).replace(
        'GitHub said: "Resource not accessible by personal access token"',
        'GitHub said: "Resource not accessible by personal access token (Bearer [REDACTED])"',
      );
      assert.equal(output, expected);
      assert.ok(e2e.github.requests.length > 0);
      for (const request of e2e.github.requests) {
        assert.equal(request.headers.authorization, `Bearer ${PAT}`, "the token was sent to GitHub (and only there)");
      }

      assert.ok(!carries(result.stdout, PAT), "the token is in OpenCode's output");
      assert.ok(!carries(result.stderr, PAT), "the token is in OpenCode's stderr");
      for (const request of e2e.model.requests) {
        assert.ok(!carries(request.body + JSON.stringify(request.headers), PAT), `the token reached the model (${request.path})`);
      }
      const logs = logFiles(current);
      assert.ok(logs.length > 0, "OpenCode wrote no log");
      const sessionID = result.events.find((event) => event.sessionID)?.sessionID;
      assert.ok(sessionID && logs.some((path) => readText(path).includes(sessionID)), "the log does not cover the run");
      for (const path of logs) assert.ok(!carries(readText(path), PAT), `the token is in ${path}`);
      // Nor in anything else OpenCode wrote: its database, caches, state, temporary files.
      for (const path of filesUnder(current.dirs.root)) {
        if (path === e2e.sandbox.patPath) continue;
        assert.ok(!carries(readText(path), PAT), `the token is in ${path}`);
      }
    });

    test("5. no account at all: the set-up guidance", { timeout: CASE_TIMEOUT_MS }, async () => {
      const { output } = await runMystatus(scene());
      assert.equal(output, e2e.sandbox.localize(snapshot("none_en")));
      assert.equal(e2e.github.requests.length, 0);
    });

    test("7. a bug (a panic) in one platform: that platform's error, the others report", { timeout: CASE_TIMEOUT_MS }, async () => {
      patOnPremiumRequests();
      e2e.sandbox.writeAuthEntries({ "zai-coding-plan": { type: "api", key: "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345" } });
      const current = scene();
      current.env.MYSTATUS_TEST_PANIC = "zai";
      const { output, result } = await runMystatus(current);
      const internal =
        "### Z.ai\n\nmystatus hit an internal error (a bug) while reading Z.ai; the other platforms are unaffected. Please report it at https://github.com/mystatus/mystatus/issues.";
      assertReport(output, result, (now) => `${withMonthlyReset("pat_pro")(now)}\n\n## ❌ Failed to query accounts\n\n${internal}`);
    });

    test("8. a trap in the WebAssembly core: a message, and OpenCode goes on", { timeout: CASE_TIMEOUT_MS }, async () => {
      const current = scene();
      current.env.MYSTATUS_TEST_TRAP = "1";
      // runMystatus checks that OpenCode ran to its end: the tool call completed, the model answered.
      const { output } = await runMystatus(current);
      assert.equal(
        output,
        "mystatus failed unexpectedly (the WebAssembly core stopped (a trap); the next call starts a fresh one). Please report this at https://github.com/mystatus/mystatus/issues.",
      );
    });

    test("9. Anthropic through Claude Code's sign-in, asked as Claude Code; OpenCode Go with its API key", { timeout: CASE_TIMEOUT_MS }, async () => {
      const credentials = JSON.parse(fixture("claude_code_credentials.json"));
      credentials.claudeAiOauth.expiresAt = Date.now() + 3_600_000;
      e2e.sandbox.writeClaudeCodeCredentials(JSON.stringify(credentials));
      const goKey = "sk-go-7e1f0c9a2b3d4e5f60718293a4b5c6d7";
      e2e.sandbox.writeAuthEntries({ "opencode-go": { type: "api", key: goKey } });
      // As the real endpoint does since 2026: any client but Claude Code gets a 429 that never clears.
      e2e.github.handle((request) => {
        if (request.path === "/anthropic/api/oauth/usage") {
          if (!(request.headers["user-agent"] ?? "").startsWith("claude-code/")) {
            return { status: 429, headers: { "retry-after": "0" }, body: '{"error":{"type":"rate_limit_error","message":"Rate limited"}}' };
          }
          return { status: 200, body: fixture("anthropic_usage_2026.json") };
        }
        if (request.path === "/opencode-go/zen/go/v1/usage") return { status: 200, body: fixture("opencode_go_usage.json") };
        return { status: 500, body: '{"message":"unexpected request"}' };
      });
      // OpenCode's own OpenCode Go provider would fetch its models at start-up: kept offline.
      const { output } = await runMystatus(scene({ config: { disabled_providers: ["opencode-go"] } }));
      // Countdowns run on the real clock here, the snapshots' on the fixtures' own.
      const withoutCountdowns = (text) => text.replace(/^Resets (in: .*|soon)$/gm, "Resets …");
      const sections = withoutCountdowns(output);
      assert.ok(sections.includes(withoutCountdowns(snapshot("anthropic_claude_code"))), output);
      assert.ok(sections.includes(withoutCountdowns(snapshot("opencode_go"))), output);
      assert.ok(output.indexOf("## OpenCode Go") < output.indexOf("## Anthropic"), "OpenCode Go comes before Anthropic");
      const asked = (path) => e2e.github.requests.filter((request) => request.path === path);
      const [anthropic] = asked("/anthropic/api/oauth/usage");
      assert.equal(anthropic.headers.authorization, `Bearer ${credentials.claudeAiOauth.accessToken}`);
      assert.match(anthropic.headers["user-agent"], /^claude-code\//);
      assert.equal(asked("/opencode-go/zen/go/v1/usage")[0].headers.authorization, `Bearer ${goKey}`);
      for (const request of e2e.model.requests) {
        for (const secret of [credentials.claudeAiOauth.accessToken, credentials.claudeAiOauth.refreshToken, goKey]) {
          assert.ok(!carries(request.body + JSON.stringify(request.headers), secret), "a token reached the model");
        }
      }
    });

    test("10. `opencode run --command mystatus`: the report printed, no model request, OpenCode's error after it", { timeout: CASE_TIMEOUT_MS }, async (t) => {
      patOnPremiumRequests();
      const expected = (now) => sessionText(withMonthlyReset("pat_pro")(now));
      const current = scene();
      const result = await runCommand(e2e.binary, current, "mystatus", "default");
      const why = () => diagnose(result, current);
      assert.equal(result.timedOut, false, why());
      assert.equal(e2e.model.requests.length, 0, `the command asked the model\n${why()}`);
      // The plugin prints the report; OpenCode then reports the stop as an error and exits 1.
      const printed = result.stdout.trimEnd();
      assert.ok([expected(result.before), expected(result.after)].includes(printed), `unexpected output:\n${result.stdout}\n${why()}`);
      assert.equal(result.code, 1, why());
      assert.match(result.stderr, /Error: .*\n.*UnknownError/s);
      t.diagnostic(`OpenCode ${version}, opencode run --command mystatus: 0 model requests, the report on stdout, exit ${result.code}, stderr ${JSON.stringify(result.stderr.replace(/\u001b\[[0-9;]*m/g, "").split("\n")[0])}`);
      // In JSON, the events alone: OpenCode's error event, no text printed by the plugin.
      const json = await runCommand(e2e.binary, current);
      assert.equal(json.other.length, 0, `lines that are not JSON events: ${json.other.join("\n")}`);
      assert.deepEqual(json.events.map((event) => event.type), ["error"]);
      assert.equal(e2e.model.requests.length, 0);
      assertOffline();
    });

    test("11. `POST /session/:id/command` (the web and desktop apps): the report in the session, no model request, not in later turns", { timeout: CASE_TIMEOUT_MS }, async (t) => {
      patOnPremiumRequests();
      const expected = (now) => sessionText(withMonthlyReset("pat_pro")(now));
      await withServer(e2e.binary, scene(), async (get, { url }) => {
        const post = (path, body) =>
          fetch(url + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) });
        const session = /** @type {{ id: string }} */ (await (await post("/session", {})).json());
        const before = Date.now();
        const answer = await post(`/session/${session.id}/command`, { command: "mystatus", arguments: "" });
        const after = Date.now();
        const said = await answer.text();
        t.diagnostic(`OpenCode ${version}, POST /session/:id/command mystatus: HTTP ${answer.status} ${said.slice(0, 120)}; 0 model requests`);
        assert.equal(answer.status, 500, said);
        assert.equal(e2e.model.requests.length, 0, "the command asked the model");
        const messages = await get(`/session/${session.id}/message`);
        assert.equal(messages.length, 1, JSON.stringify(messages));
        assert.equal(messages[0].info.role, "user");
        assert.equal(messages[0].parts.length, 1);
        const [part] = messages[0].parts;
        assert.equal(part.ignored, true);
        assert.ok([expected(before), expected(after)].includes(part.text), `unexpected report:\n${part.text}`);
        // A later turn: the model is asked, without the report.
        const later = await post(`/session/${session.id}/message`, { parts: [{ type: "text", text: "Thanks. Anything else?" }] });
        assert.equal(later.status, 200, await later.text());
        const [first] = e2e.model.chats().filter((request) => (request.json.tools ?? []).length);
        assert.ok(first, "the later turn did not reach the model");
        assert.ok(!first.body.includes("Premium requests"), "the report reached the model in a later turn");
      });
      assertOffline();
    });

    test("6. a user's own command.mystatus is kept", { timeout: CASE_TIMEOUT_MS }, async () => {
      const own = {
        description: "my own quota command",
        template: "Use the mystatus tool and show me what it says (my own /mystatus, kept by the plugin).",
      };
      const current = scene({ config: { command: { mystatus: own } } });
      const { output } = await runMystatus(current, own);
      assert.equal(output, e2e.sandbox.localize(snapshot("none_en")));
      for (const request of e2e.model.chats()) {
        assert.ok(!request.body.includes(JSON.stringify(command.template).slice(1, -1)), "the plugin's template replaced the user's");
      }
    });
  });
}

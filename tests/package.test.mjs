// The built npm package, loaded the way OpenCode loads it (default export, server(), the config
// and command hooks, tool.mystatus.execute), against a fake GitHub API on 127.0.0.1: what only the
// package can show. The wording of every report and message is the core's tests' (crates/mystatus-core/tests);
// here the real fetch, files, timers, memory and traps of Node and Bun. Runs under Node
// (`node --test`) and Bun (`bun test`); scripts/test.sh installs the packed package first.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { pathToFileURL } from "node:url";

import {
  CREDITS_PATH,
  PREMIUM_PATH,
  USER_PATH,
  fixedClock,
  fromPackage,
  installed,
  legacyBilling,
  ok,
  routes,
  runtime,
  useFakeApi,
} from "./harness.mjs";
import { OAUTH_TOKEN, PAT, SESSION_TOKEN, fixture, removeTree, snapshot } from "./sandbox.mjs";

const runtimeBinary = process.execPath;
const pluginModule = await fromPackage("index.js");
const plugin = pluginModule.default;
const core = await fromPackage("core.js");

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

/** The server plugin's hooks; `client` is the SDK client OpenCode lends it. */
async function hooks(client) {
  return plugin.server({ client, directory: process.cwd(), worktree: process.cwd() });
}

/** An SDK client that records what the plugin puts into sessions. */
function recordingClient() {
  const prompts = [];
  return {
    prompts,
    session: {
      async prompt(options) {
        prompts.push(options);
        return { data: { info: {}, parts: [] } };
      },
    },
  };
}

async function runTool(signal) {
  const { tool } = await hooks();
  return tool.mystatus.execute({}, toolContext(signal));
}

/** The whole report at the core tests' clock: the same text as their snapshots. */
const reportAtFixedClock = async () => (await core.queryAllUsage(fixedClock)).markdown;

describe(`the package under ${runtime}`, () => {
  const fake = useFakeApi();

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

    test("/mystatus is answered by the plugin: the report put into the session for no model turn, then OpenCode stopped", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle(legacyBilling());
      const client = recordingClient();
      const server = await hooks(client);
      await server.config({});
      const output = { parts: [{ type: "text", text: "the command's template" }] };
      await assert.rejects(server["command.execute.before"]({ command: "mystatus", sessionID: "ses_1", arguments: "" }, output), {
        name: "CommandAnswered",
      });
      assert.equal(client.prompts.length, 1);
      const [{ path, body }] = client.prompts;
      assert.deepEqual(path, { id: "ses_1" });
      assert.equal(body.noReply, true, "the model would answer the report");
      assert.equal(body.parts.length, 1);
      const [part] = body.parts;
      assert.equal(part.type, "text");
      assert.equal(part.ignored, true, "the report would reach the model in later turns");
      // The report, its headings without `#` (OpenCode shows a user's message as typed).
      assert.ok(part.text.startsWith("GitHub Copilot Account Quota\n\nAccount:        GitHub Copilot (@johndoe)\n"), part.text);
      assert.ok(part.text.includes("██████████████░░░░░░ 70% (90/300)"), part.text);
      assert.ok(!/^#/m.test(part.text), part.text);
      assert.deepEqual(fake.server.requests.map((r) => r.path).sort(), [CREDITS_PATH, PREMIUM_PATH]);
    });

    test("another command, or a user's own /mystatus, is left to OpenCode", async () => {
      const client = recordingClient();
      const server = await hooks(client);
      await server.config({ command: { mystatus: { template: "my own", description: "mine" } } });
      const output = { parts: [] };
      await server["command.execute.before"]({ command: "mystatus", sessionID: "ses_1", arguments: "" }, output);
      const ours = await hooks(client);
      await ours.config({});
      await ours["command.execute.before"]({ command: "review", sessionID: "ses_1", arguments: "" }, output);
      assert.deepEqual(client.prompts, []);
      assert.equal(fake.server.requests.length, 0);
    });

    test("the command file the package ships, copied into a user's folder, is answered the same way", async () => {
      const file = readFileSync(join(installed, "command", "mystatus.md"), "utf8");
      const template = file.slice(file.indexOf("\n---\n\n") + 6, -1);
      const client = recordingClient();
      const server = await hooks(client);
      await server.config({ command: { mystatus: { template, description: "from the file" } } });
      await assert.rejects(server["command.execute.before"]({ command: "mystatus", sessionID: "ses_2", arguments: "" }, { parts: [] }), {
        name: "CommandAnswered",
      });
      assert.equal(client.prompts.length, 1);
    });

    test("the command file in the package matches the hook's command", async () => {
      const config = {};
      await (await hooks()).config(config);
      const file = readFileSync(join(installed, "command", "mystatus.md"), "utf8");
      assert.equal(file, `---\ndescription: ${config.command.mystatus.description}\n---\n\n${config.command.mystatus.template}\n`);
    });
  });

  describe("fine-grained PAT, through the real fetch", () => {
    test("the report, byte for byte", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle(legacyBilling());
      assert.equal(await reportAtFixedClock(), snapshot("pat_pro"));
    });

    test("the tool answers with the report", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle(legacyBilling());
      assert.ok((await runTool()).startsWith("## GitHub Copilot Account Quota\n\nAccount:        GitHub Copilot (@johndoe)\n"));
    });

    test("both billing reports, at once, with the documented headers", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle(legacyBilling());
      await runTool();
      assert.deepEqual(fake.server.requests.map((r) => r.path).sort(), [CREDITS_PATH, PREMIUM_PATH]);
      for (const request of fake.server.requests) {
        assert.equal(request.method, "GET");
        assert.equal(request.headers.accept, "application/vnd.github+json");
        assert.equal(request.headers.authorization, `Bearer ${PAT}`);
        assert.equal(request.headers["x-github-api-version"], request.path === CREDITS_PATH ? "2026-03-10" : "2022-11-28");
        assert.match(request.headers["user-agent"], /^mystatus\//);
      }
    });

    test("the username is discovered with GET /user, once per process", async () => {
      fake.sandbox.writePat({ token: "github_pat_11DISCOVERED0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL", tier: "pro" });
      fake.server.handle(routes([["/user", ok(fixture("whoami.json"))], [CREDITS_PATH, ok(fixture("credits_usage_pro.json"))]]));
      await runTool();
      assert.equal(fake.server.requests[0].path, "/user");
      assert.deepEqual(fake.server.requests.slice(1).map((r) => r.path).sort(), [CREDITS_PATH, PREMIUM_PATH]);
      fake.server.requests.length = 0;
      await runTool();
      assert.deepEqual(fake.server.requests.map((r) => r.path).sort(), [CREDITS_PATH, PREMIUM_PATH]);
    });

    test("a request past its timeout is aborted, and reported as a timeout", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      process.env.MYSTATUS_TIMEOUT_MS = "300";
      fake.server.handle(() => ({ status: 200, body: "{}", delayMs: 3000 }));
      const started = Date.now();
      const output = await runTool();
      assert.ok(output.includes(`GitHub did not answer within 1 s (${fake.server.url}${CREDITS_PATH}).`), output);
      assert.ok(Date.now() - started < 2500, "the request was not aborted at its timeout");
    });

    test("an unreachable API is reported with the runtime's reason", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      process.env.MYSTATUS_GITHUB_API_URL = "http://127.0.0.1:9";
      const output = await runTool();
      assert.match(output, /Could not reach GitHub at http:\/\/127\.0\.0\.1:9\/users\/johndoe\/settings\/billing\/ai_credit\/usage: .+\. Check/);
    });

    test("a token echoed by the API never reaches the output", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle((request) => ({
        status: 401,
        body: JSON.stringify({ message: `bad token ${request.headers.authorization} ${encodeURIComponent(PAT.toUpperCase())}` }),
      }));
      const output = await runTool();
      assert.ok(!output.toLowerCase().includes(PAT.toLowerCase().slice(11)), output);
      assert.ok(output.includes("bad token Bearer [REDACTED] [REDACTED]"), output);
    });
  });

  describe("OpenCode's OAuth sign-in, through the real fetch", () => {
    const copilotApi = (request) => {
      const auth = request.headers.authorization;
      if (request.path === "/copilot_internal/v2/token" && auth === `Bearer ${OAUTH_TOKEN}`) {
        return { status: 200, body: fixture("token_exchange.json") };
      }
      if (request.path === USER_PATH && auth === `Bearer ${SESSION_TOKEN}`) {
        return { status: 200, body: fixture("internal_legacy_pro.json") };
      }
      return { status: 401, body: '{"message":"Bad credentials"}' };
    };
    const calls = () => fake.server.requests.map((r) => `${r.path} ${r.headers.authorization}`);

    test("exchange: direct refused, then a session token; the report byte for byte", async () => {
      fake.sandbox.writeAuth({ type: "oauth", refresh: OAUTH_TOKEN, access: OAUTH_TOKEN, expires: 0 });
      fake.server.handle(copilotApi);
      assert.equal(await reportAtFixedClock(), snapshot("oauth_pro"));
      assert.deepEqual(calls(), [
        `${USER_PATH} token ${OAUTH_TOKEN}`,
        `/copilot_internal/v2/token Bearer ${OAUTH_TOKEN}`,
        `${USER_PATH} Bearer ${SESSION_TOKEN}`,
      ]);
      assert.equal(fake.server.requests[0].headers["editor-version"], "vscode/1.107.0");
      assert.equal(fake.server.requests[0].headers["copilot-integration-id"], "vscode-chat");
    });

    test("a repeated /mystatus makes one request: the plugin remembers the session token", async () => {
      // A distinct OAuth token, so no earlier test's memory applies.
      const oauth = "gho_RepeatedReport0123456789abcdefghijkl";
      fake.sandbox.writeAuth({ type: "oauth", refresh: oauth, access: oauth, expires: 0 });
      const exchange = JSON.stringify({ token: SESSION_TOKEN, expires_at: Math.floor(Date.now() / 1000) + 1500 });
      const handler = (request) => {
        const auth = request.headers.authorization;
        if (request.path === "/copilot_internal/v2/token" && auth === `Bearer ${oauth}`) return { status: 200, body: exchange };
        if (request.path === USER_PATH && auth === `Bearer ${SESSION_TOKEN}`) {
          return { status: 200, body: fixture("internal_legacy_pro.json") };
        }
        return { status: 401, body: "{}" };
      };
      fake.server.handle(handler);
      const first = await runTool();
      assert.equal(fake.server.requests.length, 3);
      fake.server.handle(handler);
      assert.equal(await runTool(), first);
      assert.deepEqual(calls(), [`${USER_PATH} Bearer ${SESSION_TOKEN}`]);
    });

    test("OPENCODE_AUTH_CONTENT replaces auth.json", async () => {
      fake.sandbox.writeAuth({ type: "oauth", refresh: "gho_notthisone000000000000000000000000", access: "x", expires: 0 });
      process.env.OPENCODE_AUTH_CONTENT = JSON.stringify({
        "github-copilot": { type: "oauth", refresh: OAUTH_TOKEN, access: SESSION_TOKEN, expires: Date.now() + 60_000 },
      });
      fake.server.handle(copilotApi);
      await runTool();
      assert.deepEqual(calls(), [`${USER_PATH} Bearer ${SESSION_TOKEN}`]);
    });

    test("a GitHub Enterprise Cloud domain is asked at api.<domain>", async () => {
      delete process.env.MYSTATUS_GITHUB_API_URL;
      fake.sandbox.writeAuth({
        type: "oauth",
        refresh: OAUTH_TOKEN,
        access: SESSION_TOKEN,
        expires: Date.now() + 3_600_000,
        enterpriseUrl: "acme.ghe.com",
      });
      fake.server.handle(routes([[USER_PATH, ok(fixture("internal_credits_enterprise.json"))]]));
      const asked = [];
      // The host's fetch is the one seam: send api.acme.ghe.com to the fake server.
      const viaFake = (url, init) => {
        asked.push(String(url));
        return fetch(String(url).replace("https://api.acme.ghe.com", fake.server.url), init);
      };
      const report = await core.queryAllUsage({ fetch: viaFake, ...fixedClock });
      assert.deepEqual(asked, ["https://api.acme.ghe.com/copilot_internal/user"]);
      assert.equal(report.markdown, snapshot("oauth_enterprise_credits"));
    });
  });

  describe("no account", () => {
    test("the guidance names this machine's path", async () => {
      assert.equal(await runTool(), fake.sandbox.localize(snapshot("none_en")));
      assert.equal(fake.server.requests.length, 0);
    });
  });

  describe("robustness", () => {
    test("a token file other users can read gets a chmod 600 warning", { skip: process.platform === "win32" }, async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      chmodSync(fake.sandbox.patPath, 0o644);
      fake.server.handle(legacyBilling());
      const output = await runTool();
      assert.ok(output.endsWith(`(permissions 644): run \`chmod 600 ${fake.sandbox.patPath}\`.`), output);
      chmodSync(fake.sandbox.patPath, 0o600);
      assert.ok(!(await runTool()).includes("chmod"));
    });

    test("a custom fetch's Response crosses into the core intact; an answer that is none is an error", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
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
      const prefix = `The token file ${fake.sandbox.patPath} is invalid: `;
      writeFileSync(fake.sandbox.patPath, `{"token":"${"x".repeat(2 * 1024 * 1024)}"}`);
      assert.ok((await runTool()).includes(`${prefix}it is 2.0 MiB, more than the 1.0 MiB a credentials file can be; nothing of it was read.`));
      writeFileSync(fake.sandbox.patPath, Buffer.from([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x7d]));
      assert.ok((await runTool()).includes(`${prefix}it is not UTF-8 text (was it saved in another encoding?).`));
      rmSync(fake.sandbox.patPath);
      mkdirSync(fake.sandbox.patPath);
      assert.ok((await runTool()).includes(`${prefix}it could not be read (EISDIR).`));
      assert.equal(fake.server.requests.length, 0);
    });

    test("a server error is retried once; a rate limit says how long to wait", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro", billing: "credits" });
      let calls = 0;
      fake.server.handle(() => (++calls === 1 ? { status: 502 } : { status: 200, body: fixture("credits_usage_pro.json") }));
      assert.ok((await runTool()).startsWith("## GitHub Copilot Account Quota"));
      assert.equal(fake.server.requests.length, 2);
      fake.server.handle(() => ({ status: 403, headers: { "x-ratelimit-remaining": "0", "retry-after": "42" }, body: "{}" }));
      assert.ok((await runTool()).includes(`GitHub is rate-limiting requests to ${fake.server.url}${CREDITS_PATH}: retry after 42 s.`));
    });

    test("a cancelled tool call returns promptly with a message", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle(() => ({ status: 200, body: "{}", delayMs: 5000 }));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      const output = await runTool(controller.signal);
      assert.ok(Date.now() - started < 3000);
      assert.ok(output.includes("cancelled"), output);
    });

    test("a bug (a panic) in one platform is that platform's error; the others report", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.sandbox.writeAuthEntries({ "zai-coding-plan": { type: "api", key: "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345" } });
      process.env.MYSTATUS_TEST_PANIC = "zai";
      fake.server.handle(legacyBilling());
      // The core catches the panic around Z.ai's lookup: the instance stays in use.
      const wasm = /** @type {any} */ (globalThis).WebAssembly;
      const Instance = wasm.Instance;
      let instances = 0;
      wasm.Instance = new Proxy(Instance, {
        construct(target, args) {
          instances++;
          return Reflect.construct(target, args);
        },
      });
      try {
        await panicsInZai();
      } finally {
        wasm.Instance = Instance;
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
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle(legacyBilling());
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
      const child = spawn(runtimeBinary, [fake.sandbox.writeConfigFile("trap.mjs", script)], { env: fake.sandbox.env() });
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
        const child = spawn(runtimeBinary, [join(installed, "dist", "cli.js"), ...args], { env: fake.sandbox.env() });
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
      assert.equal(result.stdout, fake.sandbox.localize(snapshot("none_en")) + "\n");
    });

    test("--json gives the report and each platform's result; a failure exits 1", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle(() => ({ status: 403 }));
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
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      fake.server.handle(legacyBilling());
      const result = await cli([]);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(result.stdout.startsWith("## GitHub Copilot Account Quota\n"), result.stdout);
    });

    test("a server error waits for its retry: nothing but the query holds the process", async () => {
      fake.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      let premiumAsked = 0;
      const billing = legacyBilling();
      fake.server.handle((request) =>
        request.path.startsWith(PREMIUM_PATH) && premiumAsked++ === 0 ? { status: 503, body: "{}" } : billing(request),
      );
      const result = await cli([]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(premiumAsked, 2, "the 503 was retried");
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

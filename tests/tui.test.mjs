// The built package's TUI plugin ("./tui"), loaded the way OpenCode loads it (the export's file, its
// default { id, tui }, tui(api, options, meta)) with an API shaped exactly as the installed
// @opencode-ai/plugin/tui declares (tests/tui-api-fake.mjs, type-checked here with tsc), against the
// fake GitHub API. Outside OpenCode the plugin has no OpenTUI renderer, so it shows the report in the
// API's DialogAlert and keeps the status line only in api.kv; the Markdown dialog and the status
// line on screen are checked in the real OpenCode by tests/opencode/tui.test.mjs.
// Runs under Node (`node --test`) and Bun (`bun test`).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

import { installed, legacyBilling, runtime, useFakeApi } from "./harness.mjs";
import { PAT, fixture, monthlyResetLine, snapshot } from "./sandbox.mjs";
import { createFakeTuiApi, pluginMeta } from "./tui-api-fake.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
/** The file OpenCode imports for a package's TUI plugin: exports["./tui"].import. */
const tuiModule = await import(pathToFileURL(join(installed, manifest.exports["./tui"].import)).href);
const serverModule = await import(pathToFileURL(join(installed, manifest.exports["./server"].import)).href);
const { age, statusLine, lowestRemaining } = await import(pathToFileURL(join(installed, "dist", "status.js")).href);
const plugin = tuiModule.default;

const READING = "Reading your quotas…";
const TITLE = "AI subscription quotas";

/** Polls `check` until it returns something truthy (bounded). */
async function until(check, what, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The status line kept in OpenCode's TUI state with the last report's figures. */
const savedLine = (fake) => fake.kv.get("mystatus.last")?.line;

/** The slash command the plugin registered in the keymap. */
const slashCommand = (fake) => fake.layers.flatMap((layer) => layer.commands ?? []).find((entry) => entry.slashName === "mystatus");

/** The open dialog's DialogAlert props, or undefined. */
const alertProps = (fake) => {
  const element = fake.dialog.current();
  return element?.component === "DialogAlert" ? element.props : undefined;
};

/** Runs /mystatus as OpenCode does and waits for the fresh report to replace "Reading…" or the last figures. */
async function runSlash(fake) {
  const before = Date.now();
  assert.equal(fake.keymap.dispatchCommand("mystatus.show").ok, true);
  const props = await until(() => {
    const current = alertProps(fake);
    return current && !current.message.startsWith(READING) && !current.message.startsWith("As of ") ? current : undefined;
  }, "the report in the dialog");
  return { props, before, after: Date.now() };
}

describe(`the TUI plugin under ${runtime}`, () => {
  const http = useFakeApi();
  let fake;

  beforeEach(() => {
    fake = undefined;
  });
  afterEach(async () => {
    await fake?.dispose();
  });

  /**
   * Loads the plugin into a fresh fake API; automatic refreshes off unless `options` says so.
   * @param {{ refreshMinutes?: number }} [options]
   * @param {Parameters<typeof createFakeTuiApi>[0]} [apiOptions]
   */
  async function load(options = { refreshMinutes: 0 }, apiOptions = {}) {
    await fake?.dispose();
    fake = createFakeTuiApi(apiOptions);
    await plugin.tui(fake.api, options, pluginMeta());
    return fake;
  }

  test("the fake API type-checks against the installed @opencode-ai/plugin/tui", { timeout: 60_000 }, async () => {
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const { code, output } = await new Promise((resolve) => {
      execFile(process.execPath, [tsc, "-p", join(here, "tsconfig.json")], (error, stdout, stderr) =>
        resolve({ code: error ? (error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    assert.equal(code, 0, output);
  });

  test("the package exports ./tui and ./server, each a default object of its own kind", () => {
    assert.deepEqual(manifest.exports["./tui"], { types: "./dist/tui.d.ts", import: "./dist/tui.js" });
    assert.deepEqual(Object.keys(tuiModule), ["default"]);
    assert.equal(plugin.id, "mystatus");
    assert.equal(typeof plugin.tui, "function");
    assert.equal("server" in plugin, false, "OpenCode refuses a module with both server() and tui()");
    assert.equal("tui" in serverModule.default, false);
    assert.equal(typeof serverModule.default.server, "function");
  });

  test("tui() registers /mystatus in the keymap, without touching the model's client", async () => {
    await load();
    assert.equal(fake.layers.length, 1);
    const command = slashCommand(fake);
    assert.ok(command, "no command with slash name mystatus");
    assert.equal(command.name, "mystatus.show");
    assert.equal(command.namespace, "palette");
    assert.equal(command.slashName, "mystatus");
    assert.deepEqual(command.slashAliases, ["mystatus"]);
    assert.match(command.title, /quota/i);
    assert.match(command.desc, /no model request/);
    assert.deepEqual(fake.listenerTypes(), ["session.idle"]);
    assert.equal(http.server.requests.length, 0, "loading the plugin asked nothing");
    assert.deepEqual(fake.touched, []);
  });

  test("without a keymap, /mystatus goes through the legacy api.command", async () => {
    await load({ refreshMinutes: 0 }, { keymap: false });
    assert.equal(fake.legacyCommands.length, 1);
    const [command] = fake.legacyCommands[0];
    assert.deepEqual(command.slash, { name: "mystatus" });
    assert.equal(command.value, "mystatus.show");
    http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    http.server.handle(legacyBilling());
    command.onSelect();
    await until(() => alertProps(fake)?.message.startsWith("## GitHub Copilot"), "the report");
  });

  test("/mystatus shows the same report as the tool, with no model request", async () => {
    http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    http.server.handle(legacyBilling());
    await load();
    const { props, before, after } = await runSlash(fake);
    const expected = (now) => snapshot("pat_pro").replace(/^Quota resets: .*$/m, monthlyResetLine(now));
    assert.equal(props.title, TITLE);
    assert.ok([expected(before), expected(after)].includes(props.message), `unexpected report:\n${props.message}`);
    assert.equal(fake.dialog.size, "large");

    http.server.handle(legacyBilling());
    const { tool } = await serverModule.default.server({ directory: process.cwd(), worktree: process.cwd() });
    const toolBefore = Date.now();
    const output = await tool.mystatus.execute({}, { sessionID: "s", messageID: "m", agent: "build", directory: root, worktree: root, abort: new AbortController().signal, metadata() {}, async ask() {} });
    assert.ok([expected(toolBefore), expected(Date.now())].includes(output), "the tool's report differs");
    assert.deepEqual(fake.touched, [], "the plugin used an API member it has no business with (api.client reaches the model)");
  });

  test("the handler returns at once: the dialog says it is reading, then shows the report", async () => {
    http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    const slow = legacyBilling();
    http.server.handle((request) => ({ ...slow(request), delayMs: 800 }));
    await load();
    const started = performance.now();
    const returned = slashCommand(fake).run();
    assert.equal(returned, undefined, "run() must not hand OpenCode a promise to wait on");
    assert.ok(performance.now() - started < 300, "run() waited for the API");
    assert.deepEqual(alertProps(fake), { title: TITLE, message: READING });
    await until(() => alertProps(fake)?.message.startsWith("## GitHub Copilot"), "the report");
    // "Reading", GitHub Copilot read, the report.
    assert.equal(fake.dialog.replaced, 3);
  });

  test("the first report lists each platform as it is read", async () => {
    http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    http.sandbox.writeAuthEntries({ "zai-coding-plan": { type: "api", key: "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345" } });
    const billing = legacyBilling();
    http.server.handle((request) =>
      request.path.startsWith("/zai/") ? { status: 200, body: fixture("zai_quota_new.json"), delayMs: 800 } : billing(request),
    );
    await load();
    fake.keymap.dispatchCommand("mystatus.show");
    await until(() => alertProps(fake)?.message === `${READING}\n\nGitHub Copilot ✓`, "GitHub Copilot listed while Z.ai is read");
    await until(() => alertProps(fake)?.message.startsWith("## GitHub Copilot"), "the report");
    assert.ok(alertProps(fake)?.message.includes("## Z.ai Account Quota"));
  });

  test("a second /mystatus shows the last figures at once, marked with their age, then the fresh report", async () => {
    http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    http.server.handle(legacyBilling());
    await load();
    const first = (await runSlash(fake)).props.message;
    const slow = legacyBilling();
    http.server.handle((request) => ({ ...slow(request), delayMs: 800 }));
    fake.keymap.dispatchCommand("mystatus.show");
    assert.equal(alertProps(fake)?.message, `As of just now, reading the latest…\n\n${first}`, "not shown at once");
    await until(() => alertProps(fake)?.message.startsWith("## GitHub Copilot"), "the fresh report");
  });

  test("a new TUI shows the figures kept in OpenCode's TUI state, with their age, until the fresh report", async () => {
    http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    const slow = legacyBilling();
    http.server.handle((request) => ({ ...slow(request), delayMs: 800 }));
    const kept = { line: "Copilot 12%", markdown: "## GitHub Copilot Account Quota\n\n(kept)", at: Date.now() - 4 * 60_000 - 5_000 };
    await load({ refreshMinutes: 0 }, { kv: { "mystatus.last": kept } });
    fake.keymap.dispatchCommand("mystatus.show");
    assert.equal(alertProps(fake)?.message, `As of 4 min ago, reading the latest…\n\n${kept.markdown}`);
    await until(() => alertProps(fake)?.message.includes("Premium requests"), "the fresh report");
    assert.equal(savedLine(fake), "Copilot 70%");
    assert.ok(fake.kv.get("mystatus.last").at >= kept.at + 4 * 60_000);
  });

  test("a dialog the user closed is not reopened when the report arrives", async () => {
    http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    const slow = legacyBilling();
    http.server.handle((request) => ({ ...slow(request), delayMs: 300 }));
    await load();
    fake.keymap.dispatchCommand("mystatus.show");
    fake.dialog.close();
    await until(() => fake.kvWrites.length > 0, "the refresh to finish");
    assert.equal(fake.dialog.open, false);
    assert.equal(fake.dialog.replaced, 1);
  });

  test("the status line: saved in api.kv after each report, one entry per configured platform", async () => {
    http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
    http.server.handle(legacyBilling());
    await load();
    await runSlash(fake);
    await until(() => savedLine(fake), "the status line");
    assert.equal(savedLine(fake), "Copilot 70%");

    // A failed platform is marked, the others keep their figures.
    http.sandbox.writeAuthEntries({ openai: { type: "oauth", access: "not-a-jwt", refresh: "r", expires: Date.now() + 3_600_000 } });
    http.server.handle((request) => (request.path.startsWith("/openai/") ? { status: 500, body: "{}" } : legacyBilling()(request)));
    await runSlash(fake);
    await until(() => fake.kvWrites.length === 2, "the second status line");
    assert.equal(savedLine(fake), "Copilot 70% · Codex ✗");
  });

  describe("statusLine (dist/status.js)", () => {
    const meter = (remainingPercent) => ({ label: "x", unit: "percent", used: 0, ...(remainingPercent === undefined ? {} : { remainingPercent }), exhausted: false });
    const ok = (...accounts) => ({ success: true, output: "", accounts: accounts.map((shares) => ({ meters: shares.map(meter) })) });
    const report = (platforms) => ({ markdown: "", platforms });

    test("the lowest share left of each platform, in the report's order", () => {
      assert.equal(
        statusLine(
          report([
            { id: "copilot", name: "GitHub Copilot", result: ok([68]) },
            { id: "openai", name: "OpenAI", result: ok([70, 85.4]) },
            { id: "anthropic", name: "Anthropic", result: ok([94, 65.2, 88, 100, undefined]) },
            { id: "antigravity", name: "Google Antigravity", result: ok([100, 20], [0.4]) },
            { id: "zhipu", name: "Zhipu AI", result: ok([undefined, 69.5]) },
            { id: "zai", name: "Z.ai" },
          ]),
        ),
        "Copilot 68% · Codex 70% · Claude 65% · Antigravity 0% · Zhipu 70%",
      );
    });

    test("shares are shown as the report's bars show them: whole, within 0 and 100", () => {
      assert.equal(lowestRemaining(ok([-3.58])), 0);
      assert.equal(lowestRemaining(ok([250])), 100);
      assert.equal(lowestRemaining(ok([2.5])), 3);
      assert.equal(lowestRemaining(ok([undefined])), undefined);
      assert.equal(lowestRemaining(ok()), undefined);
    });

    test("the age of kept figures", () => {
      const now = Date.UTC(2026, 11, 8, 12);
      const ages = [0, 59_999, 60_000, 59 * 60_000, 60 * 60_000, 23 * 3_600_000, 50 * 3_600_000, -5_000].map((ms) => age(now - ms, now));
      assert.deepEqual(ages, ["just now", "just now", "1 min ago", "59 min ago", "1 h ago", "23 h ago", "2 d ago", "just now"]);
    });

    test("no share, a failure, nothing configured", () => {
      assert.equal(statusLine(report([{ id: "copilot", name: "GitHub Copilot", result: ok([undefined]) }])), "Copilot ✓");
      assert.equal(statusLine(report([{ id: "anthropic", name: "Anthropic", result: { success: false, error: "401", accounts: [] } }])), "Claude ✗");
      assert.equal(statusLine(report([{ id: "copilot", name: "GitHub Copilot" }])), "");
    });
  });

  describe("refreshes", () => {
    /** Runs `body` with the clock moved forward by `ms` (the plugin and the core read Date.now). */
    async function later(ms, body) {
      const real = Date.now;
      Date.now = () => real.call(Date) + ms;
      try {
        return await body();
      } finally {
        Date.now = real;
      }
    }
    const quiet = () => new Promise((resolve) => setTimeout(resolve, 150));

    test("after an answer of the model: at most one per interval; /mystatus always asks", async () => {
      http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      http.server.handle(legacyBilling());
      await load({});
      fake.emit("session.idle", { sessionID: "ses_1" });
      await until(() => fake.kvWrites.length === 1, "the first automatic refresh");
      assert.equal(http.server.requests.length, 2);

      http.server.handle(legacyBilling());
      fake.emit("session.idle", { sessionID: "ses_1" });
      await later(4 * 60_000, async () => fake.emit("session.idle", { sessionID: "ses_1" }));
      await quiet();
      assert.equal(http.server.requests.length, 0, "refreshed again within five minutes");

      await runSlash(fake);
      assert.equal(http.server.requests.length, 2, "/mystatus did not ask");

      http.server.handle(legacyBilling());
      await later(5 * 60_000 + 1_000, async () => {
        fake.emit("session.idle", { sessionID: "ses_1" });
        await until(() => fake.kvWrites.length === 3, "the refresh five minutes on");
      });
      assert.equal(http.server.requests.length, 2);
    });

    test("after a 429, automatic refreshes leave the service alone for a while; /mystatus still asks", async () => {
      http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      const limited = () => ({ status: 429, headers: { "retry-after": "0" }, body: '{"message":"API rate limit exceeded"}' });
      http.server.handle(limited);
      await load({ refreshMinutes: 1 });
      fake.emit("session.idle", {});
      await until(() => fake.kvWrites.length === 1, "the first automatic refresh");
      const refused = http.server.requests.length;
      assert.ok(refused > 0);
      assert.equal(savedLine(fake), "Copilot ✗");
      // The first pause (a minute) is over: asked, refused again, and paused two minutes.
      await later(61_000, async () => {
        fake.emit("session.idle", {});
        await until(() => fake.kvWrites.length === 2, "the refresh a minute on");
      });
      assert.equal(http.server.requests.length, 2 * refused);
      await later(122_000, async () => {
        fake.emit("session.idle", {});
        await until(() => fake.kvWrites.length === 3, "the refresh two minutes on");
      });
      assert.equal(http.server.requests.length, 2 * refused, "asked GitHub within its pause");
      // Typed by the user: asked, and GitHub's answer ends the pause.
      http.server.handle(legacyBilling());
      await runSlash(fake);
      assert.ok(http.server.requests.length > 0, "/mystatus did not ask");
      http.server.handle(legacyBilling());
      await later(183_000, async () => {
        fake.emit("session.idle", {});
        await until(() => fake.kvWrites.length === 5, "the refresh after the answer");
      });
      assert.ok(http.server.requests.length > 0, "the pause outlived GitHub's answer");
    });

    test("a refresh in flight is joined, not repeated", async () => {
      http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      const slow = legacyBilling();
      http.server.handle((request) => ({ ...slow(request), delayMs: 300 }));
      await load({});
      fake.emit("session.idle", {});
      await until(() => http.server.requests.length === 2, "the automatic refresh to reach GitHub");
      await runSlash(fake);
      assert.equal(http.server.requests.length, 2);
      assert.equal(fake.kvWrites.length, 1);
    });

    test("refreshMinutes: 0 refreshes only on /mystatus; after dispose, nothing", async () => {
      http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      http.server.handle(legacyBilling());
      await load({ refreshMinutes: 0 });
      await later(60 * 60_000, async () => fake.emit("session.idle", {}));
      await quiet();
      assert.equal(http.server.requests.length, 0);

      await load({});
      await fake.dispose();
      fake.emit("session.idle", {});
      await quiet();
      assert.equal(http.server.requests.length, 0, "a disposed plugin refreshed");
    });

    test("loading keeps the figures saved by the last TUI, also a line saved by an earlier release", async () => {
      await load({ refreshMinutes: 0 }, { kv: { "mystatus.status": "Copilot 12%" } });
      assert.equal(fake.kvWrites.length, 0);
      http.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      http.server.handle(legacyBilling());
      await runSlash(fake);
      assert.equal(savedLine(fake), "Copilot 70%");
    });
  });
});

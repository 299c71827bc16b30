// The TUI plugin in the real, interactive OpenCode, driven headless in tmux (tests/opencode/tmux.mjs)
// and offline like the rest of the suite: the packed package installed from `plugin` entries, a fake
// model that records every request, the fake GitHub API. It counts the model requests a /mystatus
// costs on each path:
//   - both plugins (opencode.json and tui.json): /mystatus runs in the TUI, the report is on screen,
//     zero model requests; the mystatus tool still answers a question in plain words;
//   - the server plugin alone: the plugin answers /mystatus itself, the report is in the session,
//     zero model requests;
//   - the TUI plugin alone: /mystatus still runs directly.
// Each count is printed as a test diagnostic (`# ...` in node's output).
// The TUI plugin is installed from the package folder (an absolute path in tui.json), except in the
// last case, which installs it from the packed tarball the way npm does. OpenCode does not lend its
// OpenTUI modules to a plugin in the cache folder of a `file:` tarball spec, so there the plugin
// shows the plain-text dialog and no status line; from the folder (or a registry install, whose
// cache folder is a plain node_modules path) it shows the Markdown dialog and the status line.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, test } from "node:test";

import { PREMIUM_PATH, legacyBilling } from "../harness.mjs";
import { PAT } from "../sandbox.mjs";
import { OPENCODE_NEWEST, OPENCODE_OLDEST, useOpencode } from "./opencode.mjs";
import { hasTmux, startTui } from "./tmux.mjs";

const CASE_TIMEOUT_MS = 150_000;

const OURS = "mystatus: quotas read directly, no model request"; // the TUI command's description
const THEIRS = "Query quota usage for all AI accounts"; // the server command's
const REPORT_LINE = "██████████████░░░░░░ 70% (90/300)";
const DIALOG_TITLE = "AI subscription quotas";
const TOOL_ANSWER = "The mystatus tool returned:";

const skip = hasTmux() ? false : "tmux is not installed (apt-get install tmux): the interactive TUI cannot be driven";

for (const version of [OPENCODE_NEWEST, OPENCODE_OLDEST]) {
  describe(`OpenCode ${version}'s TUI, /mystatus on each path`, { skip }, () => {
    let tui;
    // Declared before the sandbox's: the TUI is stopped while its home still exists.
    afterEach(async () => {
      await tui?.stop();
      tui = undefined;
    });
    const e2e = useOpencode(version);
    beforeEach(() => {
      e2e.sandbox.writePat({ token: PAT, username: "johndoe", tier: "pro" });
      e2e.github.handle(legacyBilling());
    });

    /**
     * A project with the server plugin in opencode.json and/or the TUI plugin in tui.json, then
     * OpenCode's TUI on its home screen.
     */
    async function open({ server, tui: tuiSpec }) {
      const scene = e2e.scene({ config: server ? {} : { plugin: [] } });
      if (tuiSpec) writeFileSync(join(scene.dirs.project, "tui.json"), JSON.stringify({ $schema: "https://opencode.ai/tui.json", plugin: [tuiSpec] }));
      tui = await startTui(e2e.binary, scene);
      await tui.waitFor((screen) => screen.includes("Ask anything"), "the home screen", 60_000);
      return scene;
    }

    /** Types /mystatus and returns the autocomplete's /mystatus lines, top first. */
    async function typeSlash() {
      await tui.type("/mystatus");
      await tui.waitFor((text) => text.includes(OURS) || text.includes(THEIRS), "the /mystatus autocomplete");
      await new Promise((resolve) => setTimeout(resolve, 500)); // both sources listed
      return (await tui.screen()).split("\n").filter((line) => line.includes("/mystatus ") && (line.includes(OURS) || line.includes(THEIRS)));
    }

    /** The chat requests the model got: the agent's (offering tools) and title requests. */
    function modelCount() {
      const chats = e2e.model.chats();
      const offers = chats.filter((request) => (request.json.tools ?? []).some((tool) => tool.function?.name === "mystatus"));
      return { all: e2e.model.requests.length, chats: chats.length, offers: offers.length, titles: chats.length - offers.length };
    }

    const assertOffline = () => assert.deepEqual(e2e.tripwire.requests, [], "OpenCode tried to reach the network");

    test(
      "both plugins: /mystatus shows the report in the TUI with zero model requests; the tool still answers in plain words",
      { timeout: CASE_TIMEOUT_MS },
      async (t) => {
        const scene = await open({ server: true, tui: e2e.pkgDir });
        // The status line: the plugin's first automatic refresh, a few seconds after start.
        await tui.waitFor((screen) => screen.includes("Copilot 70%"), "the status line beside the prompt");

        const entries = await typeSlash();
        assert.equal(entries.length, 2, `both /mystatus are listed:\n${entries.join("\n")}`);
        assert.ok(entries[0].includes(OURS), `the TUI's /mystatus is not the first (selected) entry:\n${entries.join("\n")}`);
        const before = e2e.model.requests.length;
        await tui.press("Enter");
        // The automatic refresh's figures first ("As of just now"), then the fresh report.
        const screen = await tui.waitFor(
          (text) => text.includes(DIALOG_TITLE) && text.includes(REPORT_LINE) && !text.includes("As of") && !text.includes("## GitHub"),
          "the report dialog",
        );
        assert.ok(screen.includes("GitHub Copilot Account Quota"), screen);
        assert.ok(!screen.includes("## GitHub Copilot"), `the report is not rendered as Markdown:\n${screen}`);
        assert.ok(screen.includes("Model breakdown:"), screen);
        // Anything the command set off would have reached the model by now.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        const tuiPath = modelCount();
        t.diagnostic(`OpenCode ${version}, both plugins, /mystatus: ${tuiPath.all - before} model requests`);
        assert.equal(tuiPath.all, 0, "the TUI path asked the model");
        assert.ok(e2e.github.requests.some((request) => request.path.startsWith(PREMIUM_PATH)), "the report was not read from GitHub");

        await tui.press("Escape");
        await tui.waitFor((text) => !text.includes(DIALOG_TITLE) && text.includes("Copilot 70%"), "the dialog to close");

        // Figures at once: with GitHub answering after 1.5 s, a second /mystatus shows the last
        // report, marked with its age, then the fresh one. Timed from Enter (the screen is read
        // every 10 ms; tmux adds its own latency), reported, not asserted.
        const slow = legacyBilling();
        e2e.github.handle((request) => ({ ...slow(request), delayMs: 1_500 }));
        await typeSlash();
        const pressed = Date.now();
        await tui.press("Enter");
        await tui.waitFor((text) => text.includes("As of just now") && text.includes(REPORT_LINE), "the last figures", 10_000, 10);
        const firstFigures = Date.now() - pressed;
        await tui.waitFor((text) => text.includes(DIALOG_TITLE) && !text.includes("As of") && text.includes(REPORT_LINE), "the fresh report", 10_000, 10);
        const fresh = Date.now() - pressed;
        t.diagnostic(`OpenCode ${version}, /mystatus again with GitHub answering after 1.5 s: last figures on screen ${firstFigures} ms after Enter, the fresh report ${fresh} ms`);
        await tui.press("Escape");
        await tui.waitFor((text) => !text.includes(DIALOG_TITLE), "the dialog to close");
        e2e.github.handle(legacyBilling());

        // A question in plain words still goes to the model, which calls the tool.
        await tui.type("How much Copilot quota do I have left?");
        await tui.press("Enter");
        await tui.waitFor((text) => text.includes(TOOL_ANSWER) && text.includes(REPORT_LINE), "the model's answer quoting the tool", 60_000);
        const tool = modelCount();
        assert.equal(tool.offers, 2, "the model was offered the mystatus tool, called it and answered its result");
        const answer = e2e.model.chats().at(-1).json.messages.find((message) => message.role === "tool");
        assert.ok(answer.content.includes(REPORT_LINE), "the tool's output reached the model");

        // A new TUI shows the figures OpenCode's TUI state kept, with their age, until its first refresh.
        await tui.stop();
        tui = await startTui(e2e.binary, scene);
        await tui.waitFor((text) => /Copilot 70% \((just now|1 min ago)\)/.test(text), "the kept status line, with its age", 30_000, 50);
        await tui.waitFor((text) => /Copilot 70%(?! \()/.test(text), "the refreshed status line");
        assertOffline();
      },
    );

    test("`opencode plugin <package>` finds both targets and adds both entries", { timeout: CASE_TIMEOUT_MS }, async () => {
      const scene = e2e.scene({ config: { plugin: [] } });
      const output = await new Promise((resolve, reject) => {
        execFile(e2e.binary, ["plugin", e2e.userSpec], { cwd: scene.dirs.project, env: scene.env, timeout: 60_000 }, (error, stdout, stderr) =>
          error ? reject(new Error(`opencode plugin failed: ${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout + stderr),
        );
      });
      assert.match(output, /server \+ tui targets/);
      for (const file of ["opencode.json", "tui.json"]) {
        const config = JSON.parse(readFileSync(join(scene.dirs.project, ".opencode", file), "utf8"));
        assert.deepEqual(config.plugin, [e2e.userSpec], `${file}: ${JSON.stringify(config)}`);
      }
      assertOffline();
    });

    test("the server plugin alone: /mystatus answered by the plugin, the report in the session, zero model requests", { timeout: CASE_TIMEOUT_MS }, async (t) => {
      await open({ server: true, tui: undefined });
      const entries = await typeSlash();
      assert.equal(entries.length, 1, entries.join("\n"));
      assert.ok(entries[0].includes(THEIRS));
      await tui.press("Enter"); // the autocomplete completes "/mystatus "
      await tui.waitFor((text) => !text.includes(THEIRS), "the autocomplete to close");
      await tui.press("Enter"); // and this sends the command
      const screen = await tui.waitFor((text) => text.includes("GitHub Copilot Account Quota") && text.includes(REPORT_LINE), "the report in the session");
      assert.ok(!screen.includes("#"), `headings shown with their marks:\n${screen}`);
      // Anything the command set off would have reached the model by now.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      t.diagnostic(`OpenCode ${version}, server plugin only, /mystatus: ${e2e.model.requests.length} model requests`);
      assert.equal(e2e.model.requests.length, 0);
      assertOffline();
    });

    test("the TUI plugin alone, from the packed tarball: /mystatus runs directly, zero model requests", { timeout: CASE_TIMEOUT_MS }, async (t) => {
      await open({ server: false, tui: e2e.userSpec });
      const entries = await typeSlash();
      assert.equal(entries.length, 1, entries.join("\n"));
      assert.ok(entries[0].includes(OURS));
      await tui.press("Enter");
      await tui.waitFor((text) => text.includes(DIALOG_TITLE) && text.includes(REPORT_LINE), "the report dialog");
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      t.diagnostic(`OpenCode ${version}, TUI plugin only, /mystatus: ${e2e.model.requests.length} model requests`);
      assert.equal(e2e.model.requests.length, 0);
      assertOffline();
    });
  });
}

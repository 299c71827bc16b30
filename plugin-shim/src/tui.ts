// The OpenCode TUI plugin: `/mystatus` reads the quotas right in the TUI, with no model request,
// and shows the report in a dialog; a compact status line ("Copilot 68% · Codex 70%") stays beside
// the prompt. The server plugin (index.ts) keeps the `mystatus` tool for questions in plain words.
// A TUI plugin module is a default export `{ id, tui }` (never `server` too), as OpenCode expects.
import type { TuiPlugin, TuiPluginApi, TuiPluginModule } from "@opencode-ai/plugin/tui";

import { failureText } from "./command.js";
import { queryAllUsage } from "./core.js";
import { statusLine } from "./status.js";
import { loadView, type View } from "./tui-view.js";
import type { MystatusReport } from "./wasm/mystatus_wasm.js";

// OpenCode treats a plugin module's exports as plugins: the default export is the only one.
const TUI_COMMAND = "mystatus.show";
const SLASH_NAME = "mystatus";
/** Where the last status line is kept (OpenCode's TUI state), so a new TUI shows it at once. */
const STATUS_KEY = "mystatus.status";
const TITLE = "AI subscription quotas";
const READING = "Reading your quotas…";
const DEFAULT_REFRESH_MINUTES = 5;
/** The first automatic refresh waits until OpenCode has drawn its first screens. */
const FIRST_REFRESH_DELAY_MS = 3_000;

/**
 * The slash command as OpenCode's keymap takes it (a `Command` of @opentui/keymap; the palette
 * reads `title`, `desc`, `category`, `slashName` and `slashAliases`). Typed here because
 * @opentui/keymap's types are not installed with the plugin API's.
 */
interface SlashCommand {
  namespace: "palette";
  name: string;
  title: string;
  desc: string;
  category: string;
  slashName: string;
  slashAliases: string[];
  run(): void;
}

/**
 * With the server plugin installed too, the prompt's autocomplete lists two `/mystatus`: its
 * command's and this one, ranked by a fuzzy match on the name, the description and the aliases.
 * The alias (the same name) and "mystatus" in the description rank this one first, so Enter runs
 * it; measured on OpenCode 1.18.3 and 1.18.33 (tests/opencode/tui.test.mjs).
 */
const command = (run: () => void): SlashCommand => ({
  namespace: "palette",
  name: TUI_COMMAND,
  title: "Show AI subscription quotas (mystatus)",
  desc: "mystatus: quotas read directly, no model request",
  category: "mystatus",
  slashName: SLASH_NAME,
  slashAliases: [SLASH_NAME],
  run,
});

export interface TuiOptions {
  /** Minutes between automatic refreshes of the status line (default 5); 0: only on /mystatus. */
  refreshMinutes?: number;
}

/** The refresh interval from the plugin's options in tui.json; 0 disables automatic refreshes. */
function refreshInterval(options: Record<string, unknown> | undefined): number {
  const minutes = options?.refreshMinutes;
  if (typeof minutes !== "number" || !Number.isFinite(minutes) || minutes < 0) return DEFAULT_REFRESH_MINUTES * 60_000;
  return minutes === 0 ? 0 : Math.max(1, minutes) * 60_000;
}

type Outcome = { report: MystatusReport } | { failure: string };

const failure = (error: unknown): Outcome => ({ failure: failureText(error) });

/**
 * The quotas, asked at most once at a time: a refresh joins the one in flight. Automatic refreshes
 * are throttled to one per interval; `/mystatus` always asks (or joins a refresh in flight).
 */
class Quotas {
  private inFlight: Promise<Outcome> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly signal: AbortSignal,
    private readonly intervalMs: number,
    private readonly onOutcome: (outcome: Outcome) => void,
  ) {}

  /**
   * What `/mystatus` shows: the refresh in flight, else a new one that asks every service, even
   * one that asked automatic refreshes to wait.
   */
  fresh(): Promise<Outcome> {
    return this.inFlight ?? this.start(false);
  }

  /** An automatic refresh, unless one ran within the interval (or they are disabled). */
  maybeRefresh(): void {
    if (this.intervalMs === 0 || this.inFlight || this.signal.aborted) return;
    if (Date.now() - this.lastStart < this.intervalMs) return;
    void this.start(true);
  }

  /** `automatic`: a refresh nobody asked for, which leaves alone the services that asked to wait. */
  private start(automatic: boolean): Promise<Outcome> {
    this.lastStart = Date.now();
    const running = queryAllUsage({ signal: this.signal, automatic }).then(
      (report): Outcome => ({ report }),
      (error: unknown) => failure(error),
    );
    this.inFlight = running;
    return running.then((outcome) => {
      this.inFlight = undefined;
      if (!this.signal.aborted) this.onOutcome(outcome);
      return outcome;
    });
  }
}

/** Registers `/mystatus` with the keymap, or with the legacy command API where there is no keymap. */
function registerCommand(api: TuiPluginApi, run: () => void): void {
  const slash = command(run);
  if (typeof api.keymap?.registerLayer === "function") {
    // The returned disposer is tracked by OpenCode and called when the plugin is deactivated.
    api.keymap.registerLayer({ commands: [slash] });
    return;
  }
  api.command?.register(() => [
    { title: slash.title, value: slash.name, description: slash.desc, category: slash.category, slash: { name: SLASH_NAME }, onSelect: run },
  ]);
}

const tui: TuiPlugin = async (api, options) => {
  const signal = api.lifecycle.signal;
  const view: View = await loadView(api);
  const saved = api.kv.get<unknown>(STATUS_KEY, "");
  const setStatus = view.showStatus?.(typeof saved === "string" ? saved : "");

  const every = refreshInterval(options);
  const quotas = new Quotas(signal, every, (outcome) => {
    // A failure of the whole query keeps the last good line: the dialog says what went wrong.
    if (!("report" in outcome)) return;
    const line = statusLine(outcome.report);
    setStatus?.(line);
    api.kv.set(STATUS_KEY, line);
  });

  // Never awaited: the handler returns at once, the dialog fills in when the report arrives.
  const show = (): void => {
    const update = view.openReport(TITLE, READING);
    void quotas.fresh().then((outcome) => update("report" in outcome ? outcome.report.markdown : outcome.failure));
  };
  registerCommand(api, show);

  // Automatic refreshes: once OpenCode has started, after each answer of the model (the quota it
  // spent), and on a timer; each at most once per interval. Timers go with the plugin.
  const first = setTimeout(() => quotas.maybeRefresh(), FIRST_REFRESH_DELAY_MS);
  const interval = every > 0 ? setInterval(() => quotas.maybeRefresh(), every) : undefined;
  // Unref'd: the plugin's timers never keep OpenCode (or a test) running.
  first.unref();
  interval?.unref();
  api.lifecycle.onDispose(() => {
    clearTimeout(first);
    clearInterval(interval);
  });
  api.event.on("session.idle", () => quotas.maybeRefresh());
};

const plugin: TuiPluginModule = { id: "mystatus", tui };
export default plugin;

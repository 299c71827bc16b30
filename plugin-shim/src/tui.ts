// The OpenCode TUI plugin: `/mystatus` reads the quotas right in the TUI, with no model request,
// and shows the report in a dialog; a compact status line ("Copilot 68% · Codex 70%") stays beside
// the prompt. The server plugin (index.ts) keeps the `mystatus` tool for questions in plain words.
// A TUI plugin module is a default export `{ id, tui }` (never `server` too), as OpenCode expects.
import type { TuiPlugin, TuiPluginApi, TuiPluginModule } from "@opencode-ai/plugin/tui";

import { failureText } from "./command.js";
import { type HostOptions, queryAllUsage } from "./core.js";
import { age, statusLine } from "./status.js";
import { loadView, type View } from "./tui-view.js";
import type { MystatusReport } from "./wasm/mystatus_wasm.js";

// OpenCode treats a plugin module's exports as plugins: the default export is the only one.
const TUI_COMMAND = "mystatus.show";
const SLASH_NAME = "mystatus";
/**
 * Where the last report's figures are kept (OpenCode's TUI state), so that a new TUI shows them at
 * once: its status line and Markdown (scrubbed of every token by the core) and when it was read.
 */
const LAST_KEY = "mystatus.last";
/** Where releases before it kept the status line alone. */
const OLD_STATUS_KEY = "mystatus.status";
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

/** The last report's figures: its status line, its Markdown, when it was read (epoch ms). */
interface Last {
  line: string;
  markdown?: string;
  at?: number;
}

/** What OpenCode's TUI state holds of the last report, if anything usable. */
function savedLast(api: TuiPluginApi): Last | undefined {
  const saved = api.kv.get<unknown>(LAST_KEY, undefined);
  if (typeof saved === "object" && saved !== null) {
    const { line, markdown, at } = saved as Record<string, unknown>;
    if (typeof line === "string") {
      return { line, ...(typeof markdown === "string" ? { markdown } : {}), ...(typeof at === "number" ? { at } : {}) };
    }
  }
  const old = api.kv.get<unknown>(OLD_STATUS_KEY, "");
  return typeof old === "string" && old !== "" ? { line: old } : undefined;
}

/** "As of 4 min ago": when the figures shown were read. */
const asOf = (last: Last): string => (last.at === undefined ? "Earlier figures" : `As of ${age(last.at, Date.now())}`);

/** The status line of figures not yet refreshed, with their age when known. */
const agedLine = (last: Last): string => (last.at === undefined ? last.line : `${last.line} (${age(last.at, Date.now())})`);

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
  fresh(onSection?: HostOptions["onSection"]): Promise<Outcome> {
    return this.inFlight ?? this.start(false, onSection);
  }

  /** An automatic refresh, unless one ran within the interval (or they are disabled). */
  maybeRefresh(): void {
    if (this.intervalMs === 0 || this.inFlight || this.signal.aborted) return;
    if (Date.now() - this.lastStart < this.intervalMs) return;
    void this.start(true);
  }

  /** `automatic`: a refresh nobody asked for, which leaves alone the services that asked to wait. */
  private start(automatic: boolean, onSection?: HostOptions["onSection"]): Promise<Outcome> {
    this.lastStart = Date.now();
    const running = queryAllUsage({ signal: this.signal, automatic, ...(onSection ? { onSection } : {}) }).then(
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
  let last = savedLast(api);
  const setStatus = view.showStatus?.(last ? agedLine(last) : "");

  const every = refreshInterval(options);
  const quotas = new Quotas(signal, every, (outcome) => {
    // A failure of the whole query keeps the last good figures: the dialog says what went wrong.
    if (!("report" in outcome)) return;
    last = { line: statusLine(outcome.report), markdown: outcome.report.markdown, at: Date.now() };
    setStatus?.(last.line);
    api.kv.set(LAST_KEY, last);
  });

  // Never awaited: the handler returns at once. The dialog shows the last figures, marked with their
  // age, until the fresh report replaces them.
  const show = (): void => {
    const previous = last?.markdown === undefined ? undefined : { ...last, markdown: last.markdown };
    const update = view.openReport(
      TITLE,
      previous ? `${asOf(previous)}, reading the latest…\n\n${previous.markdown}` : READING,
    );
    // Without earlier figures, each platform is listed as its section is read.
    const read: string[] = [];
    const onSection: HostOptions["onSection"] = (_id, name, state) => {
      if (state === "none") return;
      read.push(`${name} ${state === "ok" ? "✓" : "✗"}`);
      update(`${READING}\n\n${read.join("\n")}`);
    };
    void quotas.fresh(previous ? undefined : onSection).then((outcome) => {
      if ("report" in outcome) update(outcome.report.markdown);
      else update(previous ? `${outcome.failure}\n\n${asOf(previous)}:\n\n${previous.markdown}` : outcome.failure);
    });
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

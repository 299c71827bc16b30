// @ts-check
// A TUI plugin API for tests/tui.test.mjs, typed against the installed @opencode-ai/plugin/tui:
// `tsc -p tests` checks this file (tests/tui.test.mjs runs it), so a change of the API's shape
// fails the tests. The members mystatus uses are recorded; every other member throws, so an
// unexpected use (api.client, the only way to reach a model) fails loudly.
/** @typedef {import("@opencode-ai/plugin/tui").TuiPluginApi} TuiPluginApi */
/** @typedef {import("@opencode-ai/plugin/tui").TuiPluginMeta} TuiPluginMeta */
/** @typedef {import("@opencode-ai/plugin/tui").TuiCommand} TuiCommand */
/** @typedef {import("@opencode-ai/plugin/tui").TuiDialogAlertProps} TuiDialogAlertProps */
/** @typedef {import("@opencode-ai/plugin/tui").TuiThemeCurrent} TuiThemeCurrent */
/** @typedef {import("@opencode-ai/plugin/tui").TuiSlotPlugin} TuiSlotPlugin */

/**
 * A command as OpenCode's keymap registers it (@opentui/keymap's `Command`: a name and `run`,
 * plus the fields OpenCode's palette and slash autocomplete read).
 * @typedef {{ name: string, run: () => unknown, namespace?: string, title?: string, desc?: string,
 *   category?: string, slashName?: string, slashAliases?: string[], [field: string]: unknown }} KeymapCommand
 */
/** @typedef {{ commands?: readonly KeymapCommand[], bindings?: readonly unknown[], [field: string]: unknown }} KeymapLayer */

/**
 * What a member nobody should touch answers: it records the access and throws.
 * @param {string} name
 * @param {string[]} touched
 * @returns {any}
 */
function unused(name, touched) {
  return new Proxy(
    {},
    {
      get(_target, property) {
        touched.push(`${name}.${String(property)}`);
        throw new Error(`the mystatus TUI plugin used api.${name}.${String(property)}`);
      },
    },
  );
}

/** @returns {TuiPluginMeta} */
export function pluginMeta() {
  const now = Date.now();
  return {
    state: "first",
    id: "mystatus",
    source: "npm",
    spec: "opencode-mystatus-wasm",
    target: "opencode-mystatus-wasm",
    first_time: now,
    last_time: now,
    time_changed: now,
    load_count: 1,
    fingerprint: "test",
  };
}

/**
 * @param {{ keymap?: boolean, kv?: Record<string, unknown> }} [options] keymap: false gives an
 *   API with only the legacy `api.command` (as a release without the keymap would).
 */
export function createFakeTuiApi(options = {}) {
  /** @type {string[]} */
  const touched = [];
  /** @type {KeymapLayer[]} */
  const layers = [];
  /** @type {TuiCommand[][]} */
  const legacyCommands = [];
  /** @type {{ render: () => unknown, onClose?: () => void }[]} */
  const stack = [];
  /** @type {{ replaced: number, size: "medium" | "large" | "xlarge" }} */
  const dialogState = { replaced: 0, size: "medium" };
  /** @type {TuiSlotPlugin[]} */
  const slotPlugins = [];
  /** @type {Map<string, unknown>} */
  const store = new Map(Object.entries(options.kv ?? {}));
  /** @type {{ key: string, value: unknown }[]} */
  const kvWrites = [];
  /** @type {{ type: string, handler: (event: any) => void }[]} */
  const listeners = [];
  /** @type {(() => void | Promise<void>)[]} */
  const disposers = [];
  const lifetime = new AbortController();
  /** @type {TuiThemeCurrent} */
  const colors = /** @type {any} */ (new Proxy({}, { get: (_target, name) => `color:${String(name)}` }));

  /** @type {TuiPluginApi["keymap"]} */
  const keymap = {
    /** @param {KeymapLayer} layer */
    registerLayer(layer) {
      layers.push(layer);
      return () => {
        layers.splice(layers.indexOf(layer), 1);
      };
    },
    /** Runs a registered command by name, as OpenCode does for a slash command or the palette. */
    /** @param {string} name */
    dispatchCommand(name) {
      const command = layers.flatMap((layer) => layer.commands ?? []).find((entry) => entry.name === name);
      if (!command) return { ok: false, reason: "not-found" };
      command.run();
      return { ok: true };
    },
  };

  /** @type {TuiPluginApi} */
  const api = {
    app: { version: "1.18.33" },
    attention: unused("attention", touched),
    ...(options.keymap === false
      ? {
          command: {
            register(callback) {
              const commands = callback();
              legacyCommands.push(commands);
              return () => {};
            },
            trigger() {
              throw new Error("unexpected api.command.trigger");
            },
            show() {
              throw new Error("unexpected api.command.show");
            },
          },
        }
      : {}),
    keys: unused("keys", touched),
    keymap: options.keymap === false ? {} : keymap,
    mode: unused("mode", touched),
    route: unused("route", touched),
    ui: {
      Dialog: unused("ui.Dialog", touched),
      /** @param {TuiDialogAlertProps} props */
      DialogAlert: (props) => ({ component: "DialogAlert", props }),
      DialogConfirm: unused("ui.DialogConfirm", touched),
      DialogPrompt: unused("ui.DialogPrompt", touched),
      DialogSelect: unused("ui.DialogSelect", touched),
      Slot: unused("ui.Slot", touched),
      Prompt: unused("ui.Prompt", touched),
      toast: unused("ui.toast", touched),
      dialog: {
        // As OpenCode's: replace() closes what is open (calling its onClose) and resets the size.
        replace(render, onClose) {
          for (const entry of stack.splice(0)) entry.onClose?.();
          dialogState.size = "medium";
          dialogState.replaced += 1;
          stack.push(onClose ? { render, onClose } : { render });
        },
        clear() {
          for (const entry of stack.splice(0)) entry.onClose?.();
          dialogState.size = "medium";
        },
        setSize(size) {
          dialogState.size = size;
        },
        get size() {
          return dialogState.size;
        },
        get depth() {
          return stack.length;
        },
        get open() {
          return stack.length > 0;
        },
      },
    },
    tuiConfig: unused("tuiConfig", touched),
    kv: {
      get(key, fallback) {
        return /** @type {any} */ (store.has(key) ? store.get(key) : fallback);
      },
      set(key, value) {
        store.set(key, value);
        kvWrites.push({ key, value });
      },
      ready: true,
    },
    state: unused("state", touched),
    theme: {
      current: colors,
      selected: "opencode",
      has: () => true,
      set: () => true,
      install: async () => {},
      mode: () => "dark",
      ready: true,
    },
    client: unused("client", touched),
    event: {
      on(type, handler) {
        const entry = { type, handler };
        listeners.push(entry);
        return () => {
          listeners.splice(listeners.indexOf(entry), 1);
        };
      },
    },
    renderer: { height: 40, width: 120 },
    slots: {
      /** @param {TuiSlotPlugin} plugin */
      register(plugin) {
        slotPlugins.push(plugin);
        return `mystatus:${slotPlugins.length - 1}`;
      },
    },
    plugins: unused("plugins", touched),
    lifecycle: {
      signal: lifetime.signal,
      onDispose(fn) {
        disposers.push(fn);
        return () => {
          disposers.splice(disposers.indexOf(fn), 1);
        };
      },
    },
  };

  return {
    api,
    touched,
    layers,
    legacyCommands,
    keymap,
    slotPlugins,
    kvWrites,
    kv: store,
    /** The dialogs shown, newest last: how many replace() calls, the current one's content, its size. */
    dialog: {
      get replaced() {
        return dialogState.replaced;
      },
      get size() {
        return dialogState.size;
      },
      get open() {
        return stack.length > 0;
      },
      /** What the open dialog renders now. */
      current() {
        return stack.at(-1)?.render();
      },
      /** The user closes it (esc). */
      close() {
        stack.splice(-1)[0]?.onClose?.();
      },
    },
    /**
     * Emits an event to the plugin's listeners.
     * @param {string} type
     * @param {unknown} [properties]
     */
    emit(type, properties = {}) {
      for (const entry of listeners.filter((listener) => listener.type === type)) entry.handler({ type, properties });
    },
    listenerTypes: () => listeners.map((entry) => entry.type),
    /** Ends the plugin as OpenCode does on deactivation: abort the signal, then the disposers. */
    async dispose() {
      lifetime.abort();
      for (const fn of disposers.splice(0).reverse()) await fn();
    },
  };
}

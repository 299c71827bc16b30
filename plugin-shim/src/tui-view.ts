// What the TUI plugin shows: the report in a dialog, and the status line beside the prompt.
//
// Markdown, scrolling and slot content need renderables, which the plugin API only accepts as
// elements of OpenCode's own OpenTUI. OpenCode lends those modules to its TUI plugins: it resolves
// the specifiers "@opentui/solid/jsx-runtime", "solid-js" and "@opentui/core" to the instances its
// renderer uses, by rewriting them in the plugin's files (dynamic imports included). They are not
// dependencies of this package. Where they cannot be loaded (outside OpenCode; a release that stops
// lending them; measured on 1.18.33: a package OpenCode installed from a `file:` tarball spec, whose
// cache folder it does not rewrite), the view falls back to the API's plain-text DialogAlert and
// shows no status line.
import type { TuiPluginApi, TuiSlotContext } from "@opencode-ai/plugin/tui";

type Api = Pick<TuiPluginApi, "ui" | "slots" | "theme" | "renderer">;
/** An element of OpenCode's renderer (JSX.Element in @opentui/solid). */
type Element = ReturnType<TuiPluginApi["ui"]["DialogAlert"]>;
type Color = TuiPluginApi["theme"]["current"]["text"];

/** The parts of OpenCode's OpenTUI modules the view uses (as in @opentui/* 0.4.5). */
interface OpenTui {
  /** `jsx(tag, props)` from @opentui/solid/jsx-runtime: an element, props applied reactively. */
  jsx(tag: string, props: Record<string, unknown>): Element;
  /** `createSignal` from solid-js. */
  createSignal(value: string): [() => string, (value: string) => void];
  /** `SyntaxStyle.fromStyles` from @opentui/core: the colours of Markdown's syntax. */
  syntaxStyle(styles: Record<string, { fg?: Color; bold?: boolean; italic?: boolean; underline?: boolean }>): unknown;
  /** `TextAttributes.BOLD` from @opentui/core. */
  bold: number;
}

export interface View {
  /** Opens the report dialog with `text`; the returned function changes the text while it is open. */
  openReport(title: string, text: string): (text: string) => void;
  /** Puts the status line beside the prompt; the returned function changes it. Absent in the fallback. */
  showStatus?(text: string): (text: string) => void;
}

/** `owner[name]` for a module, object or class; undefined for anything else. */
function member(owner: unknown, name: string): unknown {
  if ((typeof owner !== "object" && typeof owner !== "function") || owner === null) return undefined;
  return (owner as Record<string, unknown>)[name];
}

/** OpenCode's OpenTUI modules, or undefined where this process has none. */
async function loadOpenTui(): Promise<OpenTui | undefined> {
  try {
    // Literal specifiers: OpenCode rewrites exactly these strings. `as string` keeps tsc from
    // looking for the modules, which are not installed here.
    const [jsxRuntime, solid, core] = await Promise.all([
      import("@opentui/solid/jsx-runtime" as string),
      import("solid-js" as string),
      import("@opentui/core" as string),
    ]);
    const jsx = member(jsxRuntime, "jsx");
    const createSignal = member(solid, "createSignal");
    const SyntaxStyle = member(core, "SyntaxStyle");
    const fromStyles = member(SyntaxStyle, "fromStyles");
    const bold = member(member(core, "TextAttributes"), "BOLD");
    if (typeof jsx !== "function" || typeof createSignal !== "function" || typeof fromStyles !== "function") return undefined;
    return {
      jsx: jsx as OpenTui["jsx"],
      createSignal: createSignal as OpenTui["createSignal"],
      syntaxStyle: (styles) => (fromStyles as (styles: unknown) => unknown).call(SyntaxStyle, styles),
      bold: typeof bold === "number" ? bold : 1,
    };
  } catch {
    return undefined;
  }
}

/** Markdown's syntax in the theme's colours, as OpenCode colours the model's answers. */
function markdownStyle(ui: OpenTui, theme: Api["theme"]): unknown {
  const c = theme.current;
  return ui.syntaxStyle({
    default: { fg: c.markdownText },
    "markup.heading": { fg: c.markdownHeading, bold: true },
    "markup.heading.1": { fg: c.markdownHeading, bold: true, underline: true },
    "markup.heading.2": { fg: c.markdownHeading, bold: true },
    "markup.heading.3": { fg: c.markdownHeading, bold: true },
    "markup.strong": { fg: c.markdownStrong, bold: true },
    "markup.italic": { fg: c.markdownEmph, italic: true },
    "markup.list": { fg: c.markdownListItem },
    "markup.quote": { fg: c.markdownBlockQuote, italic: true },
    "markup.raw": { fg: c.markdownCode },
    "markup.link": { fg: c.markdownLink, underline: true },
    "markup.link.label": { fg: c.markdownLinkText, underline: true },
    "markup.link.url": { fg: c.markdownLink, underline: true },
    conceal: { fg: c.textMuted },
  });
}

/** The report dialog and the status line drawn with OpenCode's OpenTUI. */
function richView(api: Api, ui: OpenTui): View {
  const { jsx } = ui;
  // One style per theme: a SyntaxStyle holds native memory, and every /mystatus would add one.
  let style: { theme: string; value: unknown } | undefined;
  const currentStyle = (): unknown => {
    const theme = `${api.theme.selected}/${api.theme.mode()}`;
    if (style?.theme !== theme) style = { theme, value: markdownStyle(ui, api.theme) };
    return style.value;
  };
  const header = (title: string): Element =>
    jsx("box", {
      flexDirection: "row",
      justifyContent: "space-between",
      children: [
        jsx("text", { fg: api.theme.current.text, attributes: ui.bold, children: title }),
        jsx("text", { fg: api.theme.current.textMuted, onMouseUp: () => api.ui.dialog.clear(), children: "esc" }),
      ],
    });
  return {
    openReport(title, text) {
      const [content, setContent] = ui.createSignal(text);
      // The dialog stands a quarter of the screen down; the rest holds the header and the report,
      // which scrolls when it is longer (several accounts, or the set-up guidance).
      const height = Math.max(5, Math.floor(Number(api.renderer.height) * 0.75) - 5);
      api.ui.dialog.replace(() =>
        jsx("box", {
          paddingLeft: 2,
          paddingRight: 2,
          paddingBottom: 1,
          gap: 1,
          children: [
            header(title),
            jsx("scrollbox", {
              maxHeight: height,
              focused: true,
              children: jsx("markdown", {
                syntaxStyle: currentStyle(),
                fg: api.theme.current.markdownText,
                conceal: true,
                get content() {
                  return content();
                },
              }),
            }),
          ],
        }),
      );
      // After replace(), which resets the size: bars and labels need about 80 columns.
      api.ui.dialog.setSize("large");
      return setContent;
    },
    showStatus(text) {
      const [status, setStatus] = ui.createSignal(text);
      const render = (context: TuiSlotContext): Element =>
        jsx("text", {
          fg: context.theme.current.textMuted,
          wrapMode: "none",
          get children() {
            return status();
          },
        });
      api.slots.register({ slots: { home_prompt_right: render, session_prompt_right: render } });
      return setStatus;
    },
  };
}

/** The API's own plain-text alert: no Markdown, no scrolling, no status line. */
function plainView(api: Api): View {
  return {
    openReport(title, text) {
      let closed = false;
      // replace() first closes what it replaces, this dialog's earlier text included: not a close
      // by the user. One flag for every text shown, since any of them may be the one replaced.
      let replacing = false;
      const show = (message: string): void => {
        replacing = true;
        api.ui.dialog.replace(
          () => api.ui.DialogAlert({ title, message }),
          () => {
            if (!replacing) closed = true;
          },
        );
        replacing = false;
        api.ui.dialog.setSize("large");
      };
      show(text);
      return (next) => {
        if (!closed) show(next);
      };
    },
  };
}

export async function loadView(api: Api): Promise<View> {
  const ui = await loadOpenTui();
  return ui ? richView(api, ui) : plainView(api);
}

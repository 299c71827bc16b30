// The core's window on the world: `fetch`, files, environment and clock, as the host object the
// core's bindings call (they build the request and read the response themselves).
import { fileBytes, fileInfo } from "./files.js";
import { gated } from "./instance.js";
import type { MystatusHost } from "./wasm/mystatus_wasm.js";

export interface HostOptions {
  /** Aborts every request in flight, e.g. when OpenCode cancels the tool call. */
  signal?: AbortSignal | undefined;
  /** Replaces `process.env` (tests). */
  env?: Record<string, string | undefined>;
  /** Replaces the global `fetch`, e.g. to go through a corporate proxy's dispatcher. */
  fetch?: typeof fetch;
  /**
   * An automatic refresh (the status line), not a report the user asked for: services that
   * answered 429 are left alone until their back-off ends, instead of being asked every cycle.
   */
  automatic?: boolean;
  /** Told as each platform's section is read, before the whole report is ready (see MystatusHost). */
  onSection?: MystatusHost["onSection"];
  /** Replaces the clock (milliseconds since the Unix epoch): tests compare countdowns exactly. */
  now?: () => number;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** A rejection the core understands: `code` says why, `size` how big a too-large file is. */
function fileError(code: string, size?: number): Error {
  return Object.assign(new Error(code), { code, ...(size === undefined ? {} : { size }) });
}

/** The file's text, null if absent; refuses files above `maxBytes` and text that is not UTF-8. */
async function readText(path: string, maxBytes: number): Promise<string | null> {
  try {
    const { size } = await fileInfo(path);
    if (size > maxBytes) throw fileError("ETOOLARGE", size);
    const bytes = await fileBytes(path);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw fileError("ENOTUTF8");
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    if (code === "ETOOLARGE" || code === "ENOTUTF8") throw error;
    throw fileError(code ?? (error instanceof Error ? error.message : String(error)));
  }
}

async function fileMode(path: string): Promise<number | undefined> {
  if (process.platform === "win32") return undefined;
  try {
    return (await fileInfo(path)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/**
 * What reports remember for the next one in this process (strategies that worked, session tokens
 * until they expire). Memory only: it goes with the process and is never written anywhere.
 */
const memory = new Map<string, string>();

/**
 * The home directory as `os.homedir()` finds it: on Unix `$HOME` when set, which spares loading
 * node:os (about 1 ms and 1 MB in a fresh Bun process) on the way to the first report.
 */
async function homeDirectory(): Promise<string> {
  const home = process.platform === "win32" ? undefined : process.env.HOME;
  return home || (await import("node:os")).homedir();
}

/** `fetch`, its answer and the answer's body handed to the core only while its instance lives. */
function gatedFetch(doFetch: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response: unknown = await gated(doFetch(input, init));
    // Anything else is refused by the core, with what it was.
    if (response instanceof Object && "text" in response && typeof response.text === "function") {
      const text = response.text.bind(response);
      response.text = () => gated(text());
    }
    return response as Response;
  };
}

export async function createHost(options: HostOptions = {}): Promise<MystatusHost> {
  const env = options.env ?? process.env;
  const home = await homeDirectory();
  return {
    // The global `fetch` is looked up at each request: whoever replaces it later is heard.
    fetch: gatedFetch((input, init) => (options.fetch ?? globalThis.fetch)(input, init)),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.automatic === true ? { automatic: true } : {}),
    ...(options.onSection === undefined ? {} : { onSection: options.onSection }),
    readFile: (path, maxBytes) => gated(readText(path, maxBytes)),
    fileMode: (path) => gated(fileMode(path)),
    // Unref'd: a deadline timer whose race is already won must not keep a CLI process alive.
    sleep: (ms) => gated(new Promise((resolve) => setTimeout(resolve, ms).unref())),
    env: (name) => env[name],
    now: options.now ?? (() => Date.now()),
    homeDir: () => home,
    recall: (key) => memory.get(key),
    remember: (key, value) => {
      if (value === undefined) memory.delete(key);
      else memory.set(key, value);
    },
    platform: () => process.platform,
    locale: () => Intl.DateTimeFormat().resolvedOptions().locale,
  };
}

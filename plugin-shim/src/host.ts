// The core's window on the world: HTTP, files, environment and clock, as plain callbacks.
import { fileBytes, fileInfo } from "./files.js";
import type { HostRequest, HostResponse, MystatusHost } from "./wasm/mystatus_wasm.js";

export interface HostOptions {
  /** Aborts every request in flight, e.g. when OpenCode cancels the tool call. */
  signal?: AbortSignal | undefined;
  /** Replaces `process.env` (tests). */
  env?: Record<string, string | undefined>;
  /** Replaces the global `fetch`, e.g. to go through a corporate proxy's dispatcher. */
  fetch?: typeof fetch;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** "fetch failed (ECONNREFUSED)": the runtime's words plus the system error, if any. */
function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error ? error.cause : undefined;
  const detail = errorCode(cause) ?? errorCode(error) ?? (cause instanceof Error ? cause.message : undefined);
  return detail && !message.includes(detail) ? `${message} (${detail})` : message;
}

async function send(request: HostRequest, outer: AbortSignal | undefined, doFetch: typeof fetch): Promise<HostResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  const cancel = (): void => controller.abort();
  outer?.addEventListener("abort", cancel, { once: true });
  try {
    const response = await doFetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: controller.signal,
    });
    // The body is read under the same timeout: a server that stalls mid-body is a timeout too.
    const body = await response.text();
    return { status: response.status, headers: [...response.headers.entries()], body };
  } catch (error) {
    if (controller.signal.aborted) {
      return outer?.aborted ? { error: "network", message: "cancelled" } : { error: "timeout" };
    }
    return { error: "network", message: describeFailure(error) };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", cancel);
  }
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
    throw fileError(code ?? describeFailure(error));
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

export async function createHost(options: HostOptions = {}): Promise<MystatusHost> {
  const env = options.env ?? process.env;
  const home = await homeDirectory();
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    fetch: (request) => send(request, options.signal, doFetch),
    readFile: readText,
    fileMode,
    // Unref'd: a deadline timer whose race is already won must not keep a CLI process alive.
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
    env: (name) => env[name],
    now: () => Date.now(),
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

// The core's window on the world: HTTP, files, environment and clock, as plain callbacks.
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";

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
    return { status: response.status, body: await response.text() };
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

export function createHost(options: HostOptions = {}): MystatusHost {
  const env = options.env ?? process.env;
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    fetch: (request) => send(request, options.signal, doFetch),
    async readFile(path) {
      try {
        return await readFile(path, "utf8");
      } catch (error) {
        const code = errorCode(error);
        if (code === "ENOENT" || code === "ENOTDIR") return null;
        throw new Error(code ?? describeFailure(error));
      }
    },
    env: (name) => env[name],
    now: () => Date.now(),
    homeDir: () => homedir(),
    platform: () => process.platform,
    locale: () => Intl.DateTimeFormat().resolvedOptions().locale,
  };
}

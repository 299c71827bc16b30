// Loads the wasm core on first use, so that loading the plugin costs OpenCode's start-up nothing.
import { readFile } from "node:fs/promises";

import type { MystatusReport, PlatformId, QueryResult } from "./wasm/mystatus_wasm.js";
import { createHost, type HostOptions } from "./host.js";

type Core = typeof import("./wasm/mystatus_wasm.js");

let loading: Promise<Core> | undefined;

async function instantiate(): Promise<Core> {
  const core: Core = await import("./wasm/mystatus_wasm.js");
  const bytes = await readFile(new URL("./wasm/mystatus_wasm_bg.wasm", import.meta.url));
  core.initSync({ module: bytes });
  return core;
}

/** Runs `call` on the core. A failure (even a trap) drops the instance: the next call starts afresh. */
async function withCore<T>(call: (core: Core) => Promise<T>): Promise<T> {
  loading ??= instantiate();
  try {
    return await call(await loading);
  } catch (error) {
    loading = undefined;
    throw error;
  }
}

/** The whole report: every configured account, or the set-up guidance. */
export function queryAllUsage(options?: HostOptions): Promise<MystatusReport> {
  return withCore((core) => core.queryAllUsage(createHost(options)));
}

type PlatformQuery = (options?: HostOptions) => Promise<QueryResult | undefined>;
const platformQuery =
  (platform: PlatformId): PlatformQuery =>
  (options) =>
    withCore((core) => core.queryUsage(createHost(options), platform));

/** One platform's section, or undefined when that platform is not configured. */
export const queryCopilotUsage = platformQuery("copilot");
export const queryOpenAIUsage = platformQuery("openai");
export const queryAnthropicUsage = platformQuery("anthropic");
export const queryGoogleUsage = platformQuery("antigravity");
export const queryZhipuUsage = platformQuery("zhipu");
export const queryZaiUsage = platformQuery("zai");

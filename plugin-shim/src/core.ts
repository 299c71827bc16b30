// Loads the wasm core on first use, so that loading the plugin costs OpenCode's start-up nothing.
import { readFile } from "node:fs/promises";

import type { MystatusReport, PlatformId, QueryResult, Task, TaskHost } from "./wasm/mystatus_wasm.js";
import { createHost, type HostOptions } from "./host.js";
import { drive } from "./task.js";

type Core = typeof import("./wasm/mystatus_wasm.js");

let loading: Promise<Core> | undefined;

async function instantiate(): Promise<Core> {
  // The bindings load while the module's bytes are read.
  const [core, bytes] = await Promise.all([
    import("./wasm/mystatus_wasm.js") as Promise<Core>,
    readFile(new URL("./wasm/mystatus_wasm_bg.wasm", import.meta.url)),
  ]);
  core.initSync({ module: bytes });
  return core;
}

/** The platform whose code was running when the module trapped, if the module can still tell. */
function crashedPlatform(core: Core): string | undefined {
  try {
    return core.crashedPlatform();
  } catch {
    return undefined;
  }
}

/**
 * Runs a task on the core. A failure (a trap: a bug hit a panic) drops the instance, so the next
 * call starts afresh; when the trap happened in one platform's code, the task runs again on a
 * fresh instance with that platform listed as crashed, and the others still report.
 */
async function run(start: (core: Core, host: TaskHost, crashed: string) => Task, options?: HostOptions): Promise<unknown> {
  const host = createHost(options);
  const crashed: string[] = [];
  for (;;) {
    const current = (loading ??= instantiate());
    let core: Core;
    try {
      core = await current;
    } catch (error) {
      if (loading === current) loading = undefined;
      throw error;
    }
    try {
      return await drive(host, (taskHost) => start(core, taskHost, crashed.join(",")));
    } catch (error) {
      if (loading === current) loading = undefined;
      const platform = crashedPlatform(core);
      if (platform === undefined || crashed.includes(platform)) throw error;
      crashed.push(platform);
    }
  }
}

/** The whole report: every configured account, or the set-up guidance. */
export async function queryAllUsage(options?: HostOptions): Promise<MystatusReport> {
  return (await run((core, host, crashed) => core.queryAllUsage(host, crashed), options)) as MystatusReport;
}

type PlatformQuery = (options?: HostOptions) => Promise<QueryResult | undefined>;
const platformQuery =
  (platform: PlatformId): PlatformQuery =>
  async (options) =>
    ((await run((core, host, crashed) => core.queryUsage(host, platform, crashed), options)) as MystatusReport).platforms[0]
      ?.result;

/** One platform's section, or undefined when that platform is not configured. */
export const queryCopilotUsage = platformQuery("copilot");
export const queryOpenAIUsage = platformQuery("openai");
export const queryAnthropicUsage = platformQuery("anthropic");
export const queryGoogleUsage = platformQuery("antigravity");
export const queryZhipuUsage = platformQuery("zhipu");
export const queryZaiUsage = platformQuery("zai");

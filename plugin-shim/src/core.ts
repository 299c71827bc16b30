// The wasm core, compiled and instantiated on first use: loading the plugin costs OpenCode's
// start-up nothing (index.ts imports this module only when the tool is called).
import { fileBytes } from "./files.js";
import { createHost, type HostOptions } from "./host.js";
import { drive } from "./task.js";
import * as bindings from "./wasm/mystatus_wasm.js";
import type { MystatusReport, PlatformId, QueryResult, Task, TaskHost } from "./wasm/mystatus_wasm.js";

let loading: Promise<void> | undefined;

/** Compiles and instantiates the module, once (again after a failure, e.g. a file missing). */
function load(): Promise<void> {
  if (loading === undefined) {
    const current = fileBytes(new URL("./wasm/mystatus_wasm_bg.wasm", import.meta.url)).then((bytes) => {
      bindings.initSync({ module: bytes });
    });
    current.catch(() => {
      if (loading === current) loading = undefined;
    });
    loading = current;
  }
  return loading;
}

/** Counts the instances a trap replaced: a task running on a replaced one starts again. */
let replaced = 0;

/** The platform whose code was running when the module trapped, if the module can still tell. */
function crashedPlatform(): string | undefined {
  try {
    return bindings.crashedPlatform();
  } catch {
    return undefined;
  }
}

/**
 * Runs a task on the core. A failure is a trap (a bug hit a panic): the module's state is not to
 * be trusted after it, so a fresh instance of the compiled module replaces it, and tasks that were
 * running on the old one start again on the new one. When the trap happened in one platform's
 * code, the task runs again with that platform listed as crashed, and the others still report.
 */
async function run(start: (host: TaskHost, crashed: string) => Task, options?: HostOptions): Promise<unknown> {
  const host = await createHost(options);
  const crashed: string[] = [];
  for (;;) {
    await load();
    const instance = replaced;
    try {
      return await drive(host, (taskHost) => start(taskHost, crashed.join(",")));
    } catch (error) {
      if (instance !== replaced) continue;
      const platform = crashedPlatform();
      bindings.__wbg_reset_state();
      replaced++;
      if (platform === undefined || crashed.includes(platform)) throw error;
      crashed.push(platform);
    }
  }
}

/** The whole report: every configured account, or the set-up guidance. */
export async function queryAllUsage(options?: HostOptions): Promise<MystatusReport> {
  return (await run((host, crashed) => bindings.queryAllUsage(host, crashed), options)) as MystatusReport;
}

type PlatformQuery = (options?: HostOptions) => Promise<QueryResult | undefined>;
const platformQuery =
  (platform: PlatformId): PlatformQuery =>
  async (options) =>
    ((await run((host, crashed) => bindings.queryUsage(host, platform, crashed), options)) as MystatusReport).platforms[0]
      ?.result;

/** One platform's section, or undefined when that platform is not configured. */
export const queryCopilotUsage = platformQuery("copilot");
export const queryOpenAIUsage = platformQuery("openai");
export const queryAnthropicUsage = platformQuery("anthropic");
export const queryGoogleUsage = platformQuery("antigravity");
export const queryZhipuUsage = platformQuery("zhipu");
export const queryZaiUsage = platformQuery("zai");

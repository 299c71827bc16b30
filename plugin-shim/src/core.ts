// The wasm core, compiled and instantiated on first use: loading the plugin costs OpenCode's
// start-up nothing (index.ts imports this module only when the tool is called).
import { fileBytes } from "./files.js";
import { createHost, type HostOptions } from "./host.js";
import { guarded, takeAbort } from "./instance.js";
import * as bindings from "./wasm/mystatus_wasm.js";
import type { MystatusHost, MystatusReport, QueryResult } from "./wasm/mystatus_wasm.js";

export type { Account, Meter, MystatusReport, PlatformId, PlatformReport, QueryResult, Unit } from "./wasm/mystatus_wasm.js";
export type { HostOptions } from "./host.js";

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

/** Runs a query of the core; an instance that trapped is replaced by a fresh one first. */
async function run<T>(query: (host: MystatusHost) => Promise<T>, options?: HostOptions): Promise<T> {
  const host = await createHost(options);
  await load();
  if (takeAbort()) bindings.__wbg_reset_state();
  // The host's timers do not hold the process (a deadline whose race is won must not keep a
  // script alive for 30 s), so while a request waits for its retry, this does.
  const alive = setInterval(() => {}, 60_000);
  try {
    return await guarded(query(host));
  } finally {
    clearInterval(alive);
  }
}

/** The whole report: every configured account, or the set-up guidance. */
export const queryAllUsage = (options?: HostOptions): Promise<MystatusReport> => run(bindings.queryAllUsage, options);

type PlatformQuery = (options?: HostOptions) => Promise<QueryResult | undefined>;
const platformQuery =
  (query: (host: MystatusHost) => Promise<QueryResult | undefined>): PlatformQuery =>
  (options) =>
    run(query, options);

/** One platform's section, or undefined when that platform is not configured. */
export const queryCopilotUsage = platformQuery(bindings.queryCopilotUsage);
export const queryOpencodeGoUsage = platformQuery(bindings.queryOpencodeGoUsage);
export const queryOpenAIUsage = platformQuery(bindings.queryOpenAIUsage);
export const queryAnthropicUsage = platformQuery(bindings.queryAnthropicUsage);
export const queryAntigravityUsage = platformQuery(bindings.queryAntigravityUsage);
/** `queryAntigravityUsage`, by the name of earlier releases. */
export const queryGoogleUsage = queryAntigravityUsage;
export const queryZhipuUsage = platformQuery(bindings.queryZhipuUsage);
export const queryZaiUsage = platformQuery(bindings.queryZaiUsage);

//! JavaScript bindings: a `Host` over the callbacks the plugin shim passes in, and the exports
//! the shim calls. Only conversions live here; all behaviour is in `mystatus-core`.

use mystatus_core::platform::Platform;

use wasm_bindgen::prelude::*;

mod bridge;
mod json;
mod task;

use bridge::{Bridge, JsHost};
use task::Task;

#[wasm_bindgen(typescript_custom_section)]
const HOST_TYPES: &str = r#"
/** One HTTP request the core wants made. Headers keep their order. */
export interface HostRequest {
  method: string;
  url: string;
  headers: [string, string][];
  /** Present for POST requests. */
  body?: string;
  timeoutMs: number;
}
/** An HTTP answer (any status), or why there was none. */
export type HostResponse =
  | { status: number; headers: [string, string][]; body: string }
  | { error: "timeout" }
  | { error: "network"; message: string };
/** Everything the core needs from its surroundings. */
export interface MystatusHost {
  fetch(request: HostRequest): Promise<HostResponse>;
  /**
   * The file's text; null when it does not exist. Rejects with an Error whose `code` is
   * "ETOOLARGE" (and `size` its bytes) above `maxBytes`, "ENOTUTF8" for other encodings, or the
   * system's code (EACCES...).
   */
  readFile(path: string, maxBytes: number): Promise<string | null>;
  /** Unix permission bits (0o600); undefined on Windows or when unknown. */
  fileMode(path: string): Promise<number | undefined>;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** What an earlier report in this process remembered under `key` (memory only, never disk). */
  recall(key: string): string | undefined;
  /** Remembers `value` under `key` for this process; undefined forgets. */
  remember(key: string, value: string | undefined): void;
  env(name: string): string | undefined;
  /** Milliseconds since the Unix epoch. */
  now(): number;
  homeDir(): string | undefined;
  /** As Node's process.platform: "linux", "darwin", "win32", ... */
  platform(): string;
  /** The runtime's Intl locale, e.g. "en-US". */
  locale(): string | undefined;
}
/**
 * What the module calls: a {@link MystatusHost} that never throws, whose asynchronous calls take
 * and give plain strings and return a ticket at once. `settled(ticket)` is `undefined` until that
 * call settles, then (once) its outcome framed as one string, by its first character:
 * - fetch: `R`, two characters `sep` and `end` found in no header, the status, each header's
 *   name and value after a `sep`, then `end` and the body; `T` a timeout; `N` and why there was
 *   no response.
 * - readFile: `F` and the text; `A` absent; `L` and the size of a file too large; `U` not
 *   UTF-8; `E` and why it could not be read.
 * - fileMode: the mode in decimal, or nothing when unknown.
 * - sleep: nothing.
 * The shim's driver (task.ts) polls the task again when a ticket settles.
 */
export interface TaskHost {
  /** `request` is a {@link HostRequest} as JSON. */
  fetch(request: string): number;
  readFile(path: string, maxBytes: number): number;
  fileMode(path: string): number;
  sleep(ms: number): number;
  settled(ticket: number): string | undefined;
  recall(key: string): string | undefined;
  remember(key: string, value: string | undefined): void;
  env(name: string): string | undefined;
  now(): number;
  homeDir(): string | undefined;
  platform(): string;
  locale(): string | undefined;
}
/** One platform's outcome: a report, or an error message saying what to do. */
export interface QueryResult {
  success: boolean;
  output?: string;
  error?: string;
}
/** A platform's stable identifier, as in `MystatusReport.platforms[].id`. */
export type PlatformId = "copilot" | "openai" | "anthropic" | "antigravity" | "zhipu" | "zai";
/** The whole answer: Markdown for people; per platform, result is absent when not configured. */
export interface MystatusReport {
  markdown: string;
  platforms: { id: string; name: string; result?: QueryResult }[];
}
"#;

/// Every configured platform at once: a task whose output is the `MystatusReport`. Platforms
/// listed in `crashed` (ids separated by commas) trapped the module on an earlier attempt: they
/// are reported as an internal error without being asked again (see `mystatus_core::crash`).
#[wasm_bindgen(js_name = queryAllUsage)]
pub fn query_all_usage(host: JsHost, crashed: &str) -> Task {
    query(host, Platform::ALL.to_vec(), crashed)
}

/// One platform, by its id: a task whose output is a `MystatusReport` on that platform alone
/// (the shim takes its `result`); no platform for an unknown id. The same task as
/// `queryAllUsage`, so the module holds one copy of it.
#[wasm_bindgen(js_name = queryUsage)]
pub fn query_usage(
    host: JsHost,
    #[wasm_bindgen(unchecked_param_type = "PlatformId")] platform: &str,
    crashed: &str,
) -> Task {
    query(host, platforms(platform), crashed)
}

fn query(host: JsHost, asked: Vec<Platform>, crashed: &str) -> Task {
    let crashed = platforms(crashed);
    Task::new(async move { json::report(&mystatus_core::report_of(&Bridge(host), &asked, &crashed).await) })
}

/// After a call into the module threw (a trap: a bug hit a panic), the id of the platform whose
/// lookup was running, if any. The module should not be used again after a trap, except for this.
#[wasm_bindgen(js_name = crashedPlatform, unchecked_return_type = "PlatformId | undefined")]
pub fn crashed_platform() -> Option<String> {
    mystatus_core::crash::running().map(|platform| platform.id().to_owned())
}

fn platforms(ids: &str) -> Vec<Platform> {
    Platform::ALL.into_iter().filter(|platform| ids.split(',').any(|id| id == platform.id())).collect()
}

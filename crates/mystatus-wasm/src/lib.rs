//! JavaScript bindings: the core's [`Host`](mystatus_core::host::Host) over the shim's host object,
//! and the core's queries as exports returning Promises. Only conversions live here; all behaviour
//! is in `mystatus-core`.

mod host;

use std::future::Future;
use std::panic::AssertUnwindSafe;

use js_sys::Promise;
use mystatus_core::host::Host;
use mystatus_core::platform::Platform;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use host::{Bridge, JsHost};

/// `value` as a JavaScript object (its TypeScript type is generated from the same Rust type).
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    Ok(serde_wasm_bindgen::to_value(value)?)
}

/// `query` as a Promise. The core's futures hold state a panic would leave half-way, yet a panic
/// never escapes them: the core catches it around each platform's lookup (and should one escape,
/// the Promise rejects with wasm-bindgen's PanicError).
fn promise(query: impl Future<Output = Result<JsValue, JsError>> + 'static) -> Promise {
    future_to_promise(AssertUnwindSafe(async move { query.await.map_err(JsValue::from) }))
}

/// Every configured platform at once: the whole `/mystatus` answer, or the set-up guidance.
#[wasm_bindgen(js_name = queryAllUsage, unchecked_return_type = "Promise<MystatusReport>")]
pub fn query_all_usage(host: JsHost) -> Promise {
    promise(async move {
        let bridge = Bridge::new(host);
        trap_if_asked(&bridge).await;
        to_js(&mystatus_core::report(&bridge, &Platform::ALL).await)
    })
}

/// One platform's result; `undefined` when it is not configured.
fn query_one(host: JsHost, platform: Platform) -> Promise {
    promise(async move {
        let bridge = Bridge::new(host);
        trap_if_asked(&bridge).await;
        let report = mystatus_core::report(&bridge, &[platform]).await;
        match report.platforms.into_iter().next().and_then(|platform| platform.result) {
            Some(result) => to_js(&result),
            None => Ok(JsValue::UNDEFINED),
        }
    })
}

/// GitHub Copilot: AI credits or premium requests.
#[wasm_bindgen(js_name = queryCopilotUsage, unchecked_return_type = "Promise<QueryResult | undefined>")]
pub fn query_copilot_usage(host: JsHost) -> Promise {
    query_one(host, Platform::Copilot)
}

/// OpenCode Go: its rolling, weekly and monthly windows.
#[wasm_bindgen(js_name = queryOpencodeGoUsage, unchecked_return_type = "Promise<QueryResult | undefined>")]
pub fn query_opencode_go_usage(host: JsHost) -> Promise {
    query_one(host, Platform::OpencodeGo)
}

/// OpenAI: ChatGPT's Codex limits.
#[wasm_bindgen(js_name = queryOpenAIUsage, unchecked_return_type = "Promise<QueryResult | undefined>")]
pub fn query_openai_usage(host: JsHost) -> Promise {
    query_one(host, Platform::OpenAi)
}

/// Anthropic: Claude Pro and Max limits.
#[wasm_bindgen(js_name = queryAnthropicUsage, unchecked_return_type = "Promise<QueryResult | undefined>")]
pub fn query_anthropic_usage(host: JsHost) -> Promise {
    query_one(host, Platform::Anthropic)
}

/// Google Antigravity: every model of every account.
#[wasm_bindgen(js_name = queryAntigravityUsage, unchecked_return_type = "Promise<QueryResult | undefined>")]
pub fn query_antigravity_usage(host: JsHost) -> Promise {
    query_one(host, Platform::Antigravity)
}

/// Zhipu AI: the GLM Coding Plan on bigmodel.cn.
#[wasm_bindgen(js_name = queryZhipuUsage, unchecked_return_type = "Promise<QueryResult | undefined>")]
pub fn query_zhipu_usage(host: JsHost) -> Promise {
    query_one(host, Platform::Zhipu)
}

/// Z.ai: the GLM Coding Plan on api.z.ai.
#[wasm_bindgen(js_name = queryZaiUsage, unchecked_return_type = "Promise<QueryResult | undefined>")]
pub fn query_zai_usage(host: JsHost) -> Promise {
    query_one(host, Platform::Zai)
}

/// Makes the instance trap once a query has started, to test that the shim replaces it: what
/// `MYSTATUS_TEST_PANIC` is to one platform's bug, this is to a bug no `catch_unwind` catches.
const TRAP_VAR: &str = "MYSTATUS_TEST_TRAP";

async fn trap_if_asked(host: &Bridge) {
    if host.env_set(TRAP_VAR).is_some() {
        host.sleep(0).await;
        std::process::abort();
    }
}

#[wasm_bindgen(raw_module = "../instance.js")]
extern "C" {
    /// Tells the shim that the instance trapped (see [`on_abort`]).
    #[wasm_bindgen(js_name = instanceAborted)]
    fn instance_aborted();
}

/// A trap (stack overflow, out of memory, an abort: what no `catch_unwind` catches) ends the
/// instance: its queries in flight never settle and every further call throws. The shim rejects
/// them and replaces the instance before the next call.
fn on_abort() {
    instance_aborted();
}

#[wasm_bindgen(start)]
fn start() {
    wasm_bindgen::handler::set_on_abort(on_abort);
}

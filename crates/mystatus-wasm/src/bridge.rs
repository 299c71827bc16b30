//! The core's [`Host`] over the shim's `TaskHost`. Every answer crosses as plain strings and
//! numbers, an asynchronous call's outcome as one string that task.ts frames: the module takes
//! no JavaScript object apart, which would cost it an imported function per field and check.
//! task.ts also catches whatever the host throws, so no import needs wasm-bindgen's `catch`.

use mystatus_core::host::{FetchFailure, FileError, Host, HttpRequest, HttpResponse, MAX_FILE_BYTES, Platform as Os};
use wasm_bindgen::prelude::*;

use crate::json;
use crate::task::Settled;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "TaskHost")]
    pub type JsHost;

    #[wasm_bindgen(method)]
    fn fetch(this: &JsHost, request: &str) -> u32;
    #[wasm_bindgen(method, js_name = readFile)]
    fn read_file(this: &JsHost, path: &str, max_bytes: f64) -> u32;
    #[wasm_bindgen(method, js_name = fileMode)]
    fn file_mode(this: &JsHost, path: &str) -> u32;
    #[wasm_bindgen(method)]
    fn sleep(this: &JsHost, ms: u32) -> u32;
    #[wasm_bindgen(method)]
    pub(crate) fn settled(this: &JsHost, ticket: u32) -> Option<String>;
    #[wasm_bindgen(method, js_name = recall)]
    fn recall_js(this: &JsHost, key: &str) -> Option<String>;
    #[wasm_bindgen(method, js_name = remember)]
    fn remember_js(this: &JsHost, key: &str, value: Option<String>);
    #[wasm_bindgen(method)]
    fn env(this: &JsHost, name: &str) -> Option<String>;
    #[wasm_bindgen(method)]
    fn now(this: &JsHost) -> f64;
    #[wasm_bindgen(method, js_name = homeDir)]
    fn home_dir(this: &JsHost) -> Option<String>;
    #[wasm_bindgen(method)]
    fn platform(this: &JsHost) -> String;
    #[wasm_bindgen(method)]
    fn locale(this: &JsHost) -> Option<String>;
}

pub(crate) struct Bridge(pub(crate) JsHost);

impl Bridge {
    /// The frame that the call behind `ticket` settled with.
    async fn settled(&self, ticket: u32) -> String {
        Settled::new(&self.0, ticket).await
    }
}

/// A frame's tag (its first character) and the rest.
fn tagged(frame: &str) -> (Option<char>, &str) {
    let mut chars = frame.chars();
    (chars.next(), chars.as_str())
}

/// A response's frame after its tag: two characters that occur in no header, `sep` and `end`,
/// the status, each header's name and value after a `sep`, then `end` and the body.
fn response(frame: &str) -> Option<HttpResponse> {
    let mut chars = frame.chars();
    let (sep, end) = (chars.next()?, chars.next()?);
    let (head, body) = chars.as_str().split_once(end)?;
    let mut fields = head.split(sep);
    let status = u16::try_from(number(fields.next()?)?).ok()?;
    let mut headers = Vec::new();
    while let Some(name) = fields.next() {
        headers.push((name.to_owned(), fields.next()?.to_owned()));
    }
    Some(HttpResponse { status, headers, body: body.to_owned() })
}

/// A whole number that task.ts wrote with `String(number)`. The core's reader, not `str::parse`:
/// std's number parsers would bring their own code back into the module.
fn number(text: &str) -> Option<u64> {
    mystatus_core::decimal::to_u64(text)
}

impl Host for Bridge {
    async fn fetch(&self, request: HttpRequest) -> Result<HttpResponse, FetchFailure> {
        let frame = self.settled(self.0.fetch(&json::request(&request))).await;
        match tagged(&frame) {
            (Some('R'), rest) => response(rest).ok_or_else(|| FetchFailure::Network("no response".to_owned())),
            (Some('T'), _) => Err(FetchFailure::Timeout),
            (_, message) => Err(FetchFailure::Network(message.to_owned())),
        }
    }

    async fn read_file(&self, path: &str) -> Result<Option<String>, FileError> {
        let frame = self.settled(self.0.read_file(path, MAX_FILE_BYTES as f64)).await;
        match tagged(&frame) {
            (Some('F'), text) => Ok(Some(text.to_owned())),
            (Some('A'), _) => Ok(None),
            (Some('L'), bytes) => Err(FileError::TooLarge { bytes: number(bytes).unwrap_or(0) }),
            (Some('U'), _) => Err(FileError::NotUtf8),
            (_, reason) => Err(FileError::Unreadable(reason.to_owned())),
        }
    }

    async fn file_mode(&self, path: &str) -> Option<u32> {
        number(&self.settled(self.0.file_mode(path)).await).and_then(|mode| u32::try_from(mode).ok())
    }

    async fn sleep(&self, ms: u32) {
        // Resolved or rejected, the wait is over.
        self.settled(self.0.sleep(ms)).await;
    }

    fn env(&self, name: &str) -> Option<String> {
        self.0.env(name)
    }

    fn recall(&self, key: &str) -> Option<String> {
        self.0.recall_js(key)
    }

    fn remember(&self, key: &str, value: Option<String>) {
        self.0.remember_js(key, value);
    }

    fn now_ms(&self) -> i64 {
        self.0.now() as i64
    }

    fn home_dir(&self) -> Option<String> {
        self.0.home_dir()
    }

    fn platform(&self) -> Os {
        Os::from_node_name(&self.0.platform())
    }

    fn locale(&self) -> Option<String> {
        self.0.locale()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_splits_at_the_characters_its_frame_chose() {
        let answer = response("\u{1}\u{2}200\u{1}a\u{1}b\u{1}c\n\0\u{1}\u{2}x\u{2}\u{1}y").unwrap();
        assert_eq!(answer.status, 200);
        assert_eq!(answer.headers, [("a".to_owned(), "b".to_owned()), ("c\n\0".to_owned(), String::new())]);
        assert_eq!(answer.body, "x\u{2}\u{1}y");
        let bare = response("\0\u{1}204\u{1}").unwrap();
        assert_eq!((bare.status, bare.headers.len(), bare.body.as_str()), (204, 0, ""));
    }

    #[test]
    fn a_broken_response_frame_is_none() {
        for frame in ["", "\u{1}", "\u{1}\u{2}200", "\u{1}\u{2}x\u{2}", "\u{1}\u{2}200\u{1}a\u{2}"] {
            assert!(response(frame).is_none(), "{frame}");
        }
    }
}

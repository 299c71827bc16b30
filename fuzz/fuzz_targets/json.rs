//! The JSON parser against serde_json, which it replaced: any text is the same value, or refused
//! with the same message at the same line and column.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::text;

fuzz_target!(|data: &[u8]| {
    if let Some(text) = text(data) {
        let reference = serde_json::from_str::<serde_json::Value>(&text)
            .map(|value| value.to_string())
            .map_err(|err| err.to_string());
        assert_eq!(fuzzing::json(&text), reference, "{text:?}");
    }
});

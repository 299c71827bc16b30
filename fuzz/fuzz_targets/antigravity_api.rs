//! Google's token endpoint, Cloud Code's quota summary and its model list.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(body) = text(data) {
        check(&fuzzing::antigravity_token(&body));
        check(&fuzzing::antigravity_summary(&body));
        check(&fuzzing::antigravity_models(&body));
    }
});

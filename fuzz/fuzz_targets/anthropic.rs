//! Claude's subscription usage endpoint.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(body) = text(data) {
        check(&fuzzing::anthropic_usage(&body));
    }
});

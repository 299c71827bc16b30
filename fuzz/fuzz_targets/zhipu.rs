//! The Coding Plan quota endpoint of Zhipu AI and Z.ai.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(body) = text(data) {
        check(&fuzzing::zhipu_quota(&body));
    }
});

//! OpenCode Go's usage endpoint, and its error bodies (a 403 without the subscription).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(body) = text(data) {
        check(&fuzzing::opencode_go_usage(&body));
        fuzzing::opencode_go_no_subscription(&body);
    }
});

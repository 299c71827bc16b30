//! Copilot's internal API: `/copilot_internal/user` (quota and plan) and the token exchange.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(body) = text(data) {
        check(&fuzzing::copilot_user(&body));
        check(&fuzzing::copilot_tier(&body));
        check(&fuzzing::copilot_session_token(&body));
    }
});

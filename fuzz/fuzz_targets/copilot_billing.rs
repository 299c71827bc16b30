//! GitHub's public billing API: usage reports (read both ways), `GET /user` and budgets.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(body) = text(data) {
        check(&fuzzing::copilot_billing_usage(&body, true));
        check(&fuzzing::copilot_billing_usage(&body, false));
        check(&fuzzing::copilot_login(&body));
        check(&fuzzing::copilot_budgets(&body));
    }
});

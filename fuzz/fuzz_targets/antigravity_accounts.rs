//! antigravity-accounts.json: any text is a list of accounts or a problem, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(text) = text(data) {
        check(&fuzzing::antigravity_accounts(&text));
    }
});

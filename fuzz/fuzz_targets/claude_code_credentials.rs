//! Claude Code's .credentials.json: any text is a sign-in, no sign-in or a problem, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(text) = text(data) {
        check(&fuzzing::claude_code_credentials(&text));
    }
});

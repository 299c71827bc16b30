//! ChatGPT's usage endpoint, and the claims of an access token (the same bytes read as a JWT).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mystatus_core::fuzzing;
use mystatus_fuzz::{check, text};

fuzz_target!(|data: &[u8]| {
    if let Some(body) = text(data) {
        check(&fuzzing::openai_usage(&body));
        assert!(!fuzzing::openai_token_claims(&body).is_empty());
    }
});

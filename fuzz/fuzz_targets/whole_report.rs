//! The whole report against a host whose every answer the fuzzer chooses: no panic, a result for
//! every configured platform, and no planted credential in any text (see `mystatus_fuzz`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mystatus_fuzz::whole_report(data));

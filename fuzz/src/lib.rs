//! Support for the fuzz targets in `fuzz_targets/`: the parser targets' common steps, and for
//! `whole_report` a [`Host`](mystatus_core::host::Host) whose every answer the fuzzer chooses,
//! with the checks a report must pass whatever the host says.

pub mod fixtures;
pub mod host;
pub mod json;
pub mod scenario;
pub mod tokens;

use std::borrow::Cow;

use arbitrary::{Arbitrary, Unstructured};
use mystatus_core::fuzzing::Outcome;
use mystatus_core::platform::Platform;
use mystatus_core::report::{QueryResult, Report};

use host::FuzzHost;
use scenario::{MemoryChange, Scenario, Then};

/// The most a parser target reads. Hosts cap files at 1 MiB, but larger inputs only slow the
/// fuzzer down: the parsers are linear.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// The most `whole_report` reads.
pub const MAX_SCENARIO_BYTES: usize = 32 * 1024;

/// The input as text, as a host hands it over (invalid UTF-8 replaced); `None` when too large.
pub fn text(data: &[u8]) -> Option<Cow<'_, str>> {
    (data.len() <= MAX_TEXT_BYTES).then(|| String::from_utf8_lossy(data))
}

/// A parse's outcome: a value or a reason, never a panic (that the fuzzer catches itself).
pub fn check(outcome: &Outcome) {
    match outcome {
        Ok(value) => assert!(!value.is_empty()),
        Err(reason) => assert!(!reason.is_empty()),
    }
}

fn check_result(what: &str, result: &QueryResult) {
    match (result.success, &result.output, &result.error) {
        (true, Some(output), None) => assert!(!output.is_empty(), "{what}: an empty report"),
        (false, None, Some(error)) => {
            assert!(!error.is_empty(), "{what}: an empty error");
            assert!(result.accounts.is_empty(), "{what}: accounts beside an error: {result:?}");
        }
        _ => panic!("{what}: neither a report nor an error: {result:?}"),
    }
    for meter in result.accounts.iter().flat_map(|account| &account.meters) {
        // JSON has no NaN or infinity: serialized, such a figure is `null` where a number is promised.
        let figures = [Some(meter.used), meter.limit, meter.remaining_percent];
        assert!(figures.into_iter().flatten().all(f64::is_finite), "{what}: a figure that is no number: {meter:?}");
    }
}

/// A report on `platforms`: each of them, in order, with a report or an error when configured;
/// and no planted credential in any text of it, the Markdown or the data (accounts, meters).
fn check_report(host: &FuzzHost<'_>, platforms: &[Platform], report: &Report) {
    assert!(host.requests() <= host::MAX_REQUESTS, "{} requests for one report", host.requests());
    assert!(!report.markdown.is_empty(), "an empty report");
    let ids: Vec<Platform> = report.platforms.iter().map(|section| section.id).collect();
    assert_eq!(ids, platforms, "a platform is missing or out of place");
    for section in &report.platforms {
        assert_eq!(section.name, section.id.name(), "a platform under another's name");
        if let Some(result) = &section.result {
            check_result(section.id.id(), result);
        }
    }
    // Every string of the report is in its JSON, as it is (no credential holds a character JSON
    // escapes): what scripts and the status line read.
    let json = match serde_json::to_string(report) {
        Ok(json) => json,
        Err(error) => panic!("the report does not serialize: {error}"),
    };
    if let Some(token) = tokens::leaked(&json) {
        let pretty = serde_json::to_string_pretty(report).unwrap_or(json);
        panic!("the planted credential {token} leaked into the report:\n{}\n{pretty}", report.markdown);
    }
}

/// `report` on `platforms` of `host`, checked.
fn checked_report(host: &FuzzHost<'_>, platforms: &[Platform]) {
    let report = pollster::block_on(mystatus_core::report(host, platforms));
    check_report(host, platforms, &report);
}

/// The `whole_report` target: the whole report against a host built from `data`, then maybe a
/// second report or one platform alone, with what the first one remembered (or a corruption of it).
/// A panic in a platform, which the core turns into that platform's error, still fails the target:
/// libFuzzer's panic hook aborts before anything unwinds.
pub fn whole_report(data: &[u8]) {
    if data.len() > MAX_SCENARIO_BYTES {
        return;
    }
    let Ok(scenario) = Scenario::arbitrary_take_rest(Unstructured::new(data)) else { return };
    let scenario = scenario.bounded();
    let host = FuzzHost::new(&scenario);
    checked_report(&host, &Platform::ALL);
    host.next_report();
    match scenario.memory {
        MemoryChange::Keep => {}
        MemoryChange::Forget => host.forget_all(),
        _ => host.corrupt_memory(&scenario.memory.values()),
    }
    match scenario.then {
        Then::Nothing => {}
        Then::Report => checked_report(&host, &Platform::ALL),
        Then::Platform(index) => {
            let platform =
                Platform::ALL.get(usize::from(index) % Platform::ALL.len()).copied().unwrap_or(Platform::Copilot);
            checked_report(&host, &[platform]);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// Deterministic pseudo-random inputs (an LCG), so the smoke test is the same every run.
    fn inputs(count: usize) -> impl Iterator<Item = Vec<u8>> {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        (0..count).map(move |index| {
            let len = 64 + (index * 37) % 4000;
            (0..len)
                .map(|_| {
                    state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    (state >> 56) as u8
                })
                .collect()
        })
    }

    /// Outside libFuzzer nothing aborts on a panic the core catches: the hook here counts them.
    #[test]
    fn random_scenarios_pass_the_checks() {
        static PANICS: AtomicUsize = AtomicUsize::new(0);
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::SeqCst);
            default_hook(info);
        }));
        for data in inputs(300) {
            whole_report(&data);
        }
        assert_eq!(PANICS.load(Ordering::SeqCst), 0, "a platform panicked (its message is above)");
    }
}

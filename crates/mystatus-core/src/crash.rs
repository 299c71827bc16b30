//! A bug in one platform's code must not take the other platforms, or the plugin's host, down.
//!
//! Where panics unwind (native builds, the tests), the panic is caught around each poll of that
//! platform's lookup. The wasm module is built with `panic=immediate-abort` instead (unwinding
//! would cost it a sixth of its size), so there a panic traps: the host's call into the module
//! throws, the host reads [`running`] to learn which platform was being polled, and asks again on
//! a fresh module with that platform listed as crashed (see [`crate::full_report_except`]).

use std::future::{Future, poll_fn};
use std::pin::pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::Poll;

use crate::platform::Platform;

/// 1 + the index in [`Platform::ALL`] of the platform being polled; 0 between polls. A trap
/// leaves it set, which is how the host learns where the bug was.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The platform whose lookup was being polled when the module stopped (trapped); `None` when the
/// module stopped outside any platform's code.
pub fn running() -> Option<Platform> {
    RUNNING.load(Ordering::Relaxed).checked_sub(1).and_then(|index| Platform::ALL.get(index).copied())
}

/// Awaits `platform`'s lookup; `None` if polling it panicked (where panics unwind).
pub async fn guard<F: Future>(platform: Platform, future: F) -> Option<F::Output> {
    let marker = Platform::ALL.iter().position(|known| *known == platform).map_or(0, |index| index + 1);
    let mut future = pin!(future);
    poll_fn(|cx| {
        RUNNING.store(marker, Ordering::Relaxed);
        let polled = poll_catching(|| future.as_mut().poll(cx));
        RUNNING.store(0, Ordering::Relaxed);
        match polled {
            Some(Poll::Ready(value)) => Poll::Ready(Some(value)),
            Some(Poll::Pending) => Poll::Pending,
            None => Poll::Ready(None),
        }
    })
    .await
}

#[cfg(panic = "unwind")]
fn poll_catching<T>(poll: impl FnOnce() -> T) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(poll)).ok()
}

/// Without unwinding a panic never returns here: the module traps and the host takes over.
#[cfg(not(panic = "unwind"))]
fn poll_catching<T>(poll: impl FnOnce() -> T) -> Option<T> {
    Some(poll())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::panic)]
    fn a_panicking_lookup_becomes_none_and_the_marker_is_cleared() {
        let ok = pollster::block_on(guard(Platform::OpenAi, async {
            assert_eq!(running(), Some(Platform::OpenAi));
            7
        }));
        assert_eq!(ok, Some(7));
        assert_eq!(running(), None);
        let panicking = pollster::block_on(guard(Platform::Zai, async {
            panic!("a bug");
        }));
        assert_eq!(panicking, None::<()>);
        assert_eq!(running(), None);
    }
}

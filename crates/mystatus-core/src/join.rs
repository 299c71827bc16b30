//! Running independent requests at the same time. The core cannot spawn tasks (in wasm there is
//! one thread and the host owns the event loop), so futures are polled together instead.

use std::future::{Future, poll_fn};
use std::pin::pin;
use std::task::Poll;

/// Awaits both futures concurrently; total time is the slower one's, not the sum.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (pin!(a), pin!(b));
    let (mut a_out, mut b_out) = (None, None);
    poll_fn(|cx| {
        if a_out.is_none() {
            if let Poll::Ready(value) = a.as_mut().poll(cx) {
                a_out = Some(value);
            }
        }
        if b_out.is_none() {
            if let Poll::Ready(value) = b.as_mut().poll(cx) {
                b_out = Some(value);
            }
        }
        match (a_out.take(), b_out.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                (a_out, b_out) = (a, b);
                Poll::Pending
            }
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// Pending `n` times, recording the order of polls, then ready.
    async fn step(name: char, n: usize, log: &Cell<String>) -> char {
        for _ in 0..n {
            let mut log_text = log.take();
            log_text.push(name);
            log.set(log_text);
            let mut yielded = false;
            poll_fn(|cx| {
                if yielded {
                    Poll::Ready(())
                } else {
                    yielded = true;
                    cx.waker().wake_by_ref();
                    Poll::Pending
                }
            })
            .await;
        }
        name
    }

    #[test]
    fn polls_both_before_either_finishes() {
        let log = Cell::new(String::new());
        let result = pollster::block_on(join2(step('a', 2, &log), step('b', 3, &log)));
        assert_eq!(result, ('a', 'b'));
        assert_eq!(log.take(), "ababb");
    }
}

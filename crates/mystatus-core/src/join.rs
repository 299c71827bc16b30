//! Running independent requests at the same time. The core cannot spawn tasks (in wasm there is
//! one thread and the host owns the event loop), so futures are polled together instead.

use std::future::{Future, poll_fn};
use std::pin::pin;
use std::task::Poll;

/// Awaits `future`, unless `deadline` completes first: then `None`, and `future` is dropped.
pub async fn until<F: Future, D: Future<Output = ()>>(future: F, deadline: D) -> Option<F::Output> {
    let (mut future, mut deadline) = (pin!(future), pin!(deadline));
    poll_fn(|cx| {
        if let Poll::Ready(value) = future.as_mut().poll(cx) {
            return Poll::Ready(Some(value));
        }
        deadline.as_mut().poll(cx).map(|()| None)
    })
    .await
}

/// A future borrowed for `'a`, boxed so that different platforms' futures share one type.
pub type Boxed<'a, T> = std::pin::Pin<Box<dyn Future<Output = T> + 'a>>;

/// Awaits every future concurrently and returns their outputs in order.
pub async fn join_all<'a, T>(futures: Vec<Boxed<'a, T>>) -> Vec<T> {
    let mut pending: Vec<Option<Boxed<'a, T>>> = futures.into_iter().map(Some).collect();
    let mut outputs: Vec<Option<T>> = pending.iter().map(|_| None).collect();
    poll_fn(|cx| {
        for (slot, output) in pending.iter_mut().zip(outputs.iter_mut()) {
            if let Some(future) = slot {
                if let Poll::Ready(value) = future.as_mut().poll(cx) {
                    *output = Some(value);
                    *slot = None;
                }
            }
        }
        if pending.iter().all(Option::is_none) { Poll::Ready(()) } else { Poll::Pending }
    })
    .await;
    outputs.into_iter().flatten().collect()
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
    fn join_all_polls_every_future_and_keeps_the_order() {
        let log = Cell::new(String::new());
        let futures: Vec<Boxed<'_, char>> =
            vec![Box::pin(step('a', 3, &log)), Box::pin(step('b', 1, &log)), Box::pin(step('c', 2, &log))];
        assert_eq!(pollster::block_on(join_all(futures)), ['a', 'b', 'c']);
        assert_eq!(log.take(), "abcaca");
    }

    #[test]
    fn until_gives_the_future_unless_the_deadline_comes_first() {
        let log = Cell::new(String::new());
        let fast = pollster::block_on(until(step('a', 1, &log), async {
            step('d', 3, &log).await;
        }));
        assert_eq!(fast, Some('a'));
        let slow = pollster::block_on(until(step('a', 5, &log), async {
            step('d', 1, &log).await;
        }));
        assert_eq!(slow, None);
    }
}

//! A query as a task that the shim drives, in place of a `Promise` from the module.
//!
//! The module is built to trap on a panic rather than unwind (see `mystatus_core::crash`). A trap
//! inside a promise callback would escape every `catch` (and could end OpenCode's process), so
//! the module never runs from a callback: the shim calls [`Task::poll`] itself, once at the start
//! and again whenever one of the task's host calls settles, and a trap is an exception it catches.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use js_sys::Array;
use wasm_bindgen::prelude::*;

use crate::JsHost;

#[wasm_bindgen]
pub struct Task {
    future: Pin<Box<dyn Future<Output = JsValue>>>,
    output: Option<JsValue>,
}

impl Task {
    pub(crate) fn new(future: impl Future<Output = JsValue> + 'static) -> Self {
        Self { future: Box::pin(future), output: None }
    }
}

#[wasm_bindgen]
impl Task {
    /// Runs the task as far as it can go without waiting; true once it has finished. The shim
    /// polls it again whenever a ticket settles, so no waker is needed.
    pub fn poll(&mut self) -> bool {
        if self.output.is_none() {
            if let Poll::Ready(output) = self.future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
                self.output = Some(output);
            }
        }
        self.output.is_some()
    }

    /// What the finished task gives (once): a `MystatusReport`, a `QueryResult` or `undefined`.
    pub fn output(&mut self) -> JsValue {
        self.output.take().unwrap_or(JsValue::UNDEFINED)
    }
}

/// A host call's ticket, ready when the shim reports it settled: `Ok` with the value it resolved
/// to, `Err` with what it rejected with (or threw).
pub(crate) struct Settled<'a> {
    host: &'a JsHost,
    ticket: u32,
}

impl<'a> Settled<'a> {
    pub(crate) fn new(host: &'a JsHost, ticket: u32) -> Self {
        Self { host, ticket }
    }
}

impl Future for Settled<'_> {
    type Output = Result<JsValue, JsValue>;

    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Self::Output> {
        let state = match self.host.settled(self.ticket) {
            Ok(state) => state,
            Err(thrown) => return Poll::Ready(Err(thrown)),
        };
        if state.is_undefined() {
            return Poll::Pending;
        }
        let pair = Array::from(&state);
        let value = pair.get(1);
        Poll::Ready(if pair.get(0).as_bool() == Some(true) { Ok(value) } else { Err(value) })
    }
}

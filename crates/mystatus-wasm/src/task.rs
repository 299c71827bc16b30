//! A query as a task that the shim drives, in place of a `Promise` from the module.
//!
//! The module is built to trap on a panic rather than unwind (see `mystatus_core::crash`). A trap
//! inside a promise callback would escape every `catch` (and could end OpenCode's process), so
//! the module never runs from a callback: the shim calls [`Task::poll`] itself, once at the start
//! and again whenever one of the task's host calls settles, and a trap is an exception it catches.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use wasm_bindgen::prelude::*;

use crate::bridge::JsHost;

#[wasm_bindgen]
pub struct Task {
    future: Pin<Box<dyn Future<Output = String>>>,
    output: Option<String>,
}

impl Task {
    pub(crate) fn new(future: impl Future<Output = String> + 'static) -> Self {
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

    /// What the finished task gives (once): a `MystatusReport` as JSON.
    pub fn output(&mut self) -> String {
        self.output.take().unwrap_or_default()
    }
}

/// A host call's ticket, ready with the call's outcome (as task.ts frames it) once it settled.
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
    type Output = String;

    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Self::Output> {
        self.host.settled(self.ticket).map_or(Poll::Pending, Poll::Ready)
    }
}

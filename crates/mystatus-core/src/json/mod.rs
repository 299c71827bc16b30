//! JSON by hand: files and API answers are parsed into a [`Value`] and read field by field, and
//! the little JSON mystatus sends or remembers is written as text. serde_json did both, for 16 KB
//! of the wasm module that every OpenCode start reads. What users could see of it is kept: the
//! values, the error messages and where they point, objects in key order, the text written.

mod float;
mod parse;
mod value;
mod write;

pub use parse::parse;
pub use value::{Map, Value};
pub use write::{quote, text};

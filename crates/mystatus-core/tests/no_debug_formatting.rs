//! What users read is written for them, never Rust's `Debug` representation of a value: no code
//! that ends up in the module formats with `{:?}`. Tests and the fuzzing entry points may.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

/// The code of a source file that is compiled into the module: everything before its tests.
fn shipped_code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or_default()
}

fn rust_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn no_debug_formatting_in_shipped_code() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    rust_files(&crates.join("mystatus-core/src"), &mut files);
    rust_files(&crates.join("mystatus-wasm/src"), &mut files);
    assert!(files.len() > 20, "{files:?}");
    let offenders: Vec<String> = files
        .iter()
        .filter(|path| !path.ends_with("fuzzing.rs"))
        .flat_map(|path| {
            let text = fs::read_to_string(path).unwrap();
            let lines: Vec<String> = shipped_code(&text)
                .lines()
                .enumerate()
                .filter(|(_, line)| line.contains(":?}") || line.contains(":#?}") || line.contains("dbg!("))
                .map(|(index, line)| format!("{}:{}: {}", path.display(), index + 1, line.trim()))
                .collect();
            lines
        })
        .collect();
    assert!(offenders.is_empty(), "Debug formatting in code built into the wasm module:\n{}", offenders.join("\n"));
}

# Sourced by the other scripts: installs, idempotently, what building and testing need.
# Fast when everything is present; every step says what it installs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WASM_TARGET=wasm32-unknown-unknown
# The CLI must be exactly the crate's version, which Cargo.toml pins with "=".
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' "$ROOT/Cargo.toml")"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_node_tools() {
  command -v node >/dev/null && command -v npm >/dev/null || {
    say "installing Node.js and npm (Debian)"
    as_root apt-get update -qq && as_root apt-get install -y -qq nodejs npm
  }
  local stamp="$ROOT/node_modules/.mystatus-lock" want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing build and test tools from npm (TypeScript, esbuild, Bun, binaryen, OpenCode plugin types)"
    # From the lock file as it is, never rewriting it: it lists every platform's optional packages.
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
}

# Sets WASM_CARGO, the cargo that builds the wasm core. It rebuilds std from source (with
# unwinding panics, for wasm exception handling), so it needs the std sources: rustup's rust-src
# component when it can be had, otherwise Debian's rustc-web with rust-web-src and lld.
ensure_wasm_toolchain() {
  if [ "${MYSTATUS_WASM_TOOLCHAIN:-auto}" != debian ] && command -v rustup >/dev/null; then
    if rustup component list --installed 2>/dev/null | grep -q '^rust-src' ||
      { say "adding rustup's rust-src component"; timeout 120 rustup component add rust-src >&2; }; then
      WASM_CARGO=cargo
      return
    fi
    say "rustup could not add rust-src: using Debian's rustc-web instead"
  fi
  if ! [ -x /usr/bin/cargo ] || ! [ -d /usr/lib/rustlib/src/rust/library ] || ! command -v rust-lld >/dev/null; then
    say "installing Debian's rustc-web, cargo-web, rust-web-src and lld-22"
    as_root apt-get update -qq
    as_root apt-get install -y -qq rustc-web cargo-web rust-web-src lld-22 >&2
  fi
  WASM_CARGO=/usr/bin/cargo
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
  fi
}

# tmux drives the real OpenCode TUI headless in tests/opencode/tui.test.mjs.
ensure_tmux() {
  command -v tmux >/dev/null || {
    say "installing tmux (Debian)"
    as_root apt-get update -qq && as_root apt-get install -y -qq tmux >&2
  }
}

ensure_all() {
  ensure_node_tools
  ensure_wasm_toolchain
  ensure_wasm_bindgen
}

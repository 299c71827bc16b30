#!/usr/bin/env bash
# Fuzzes the core for a bounded time: each cargo-fuzz target of fuzz/ runs FUZZ_SECONDS (default
# 60), FUZZ_JOBS at a time (default 2), then a table shows executions, corpus size and findings.
# Not part of CI's tests: it needs nightly and takes minutes. Exits 1 when a target found a crash.
# A crash does not stop its target (libFuzzer's fork mode goes on): each one is saved, replayed
# once, and the distinct panics are listed under the table.
#
#   scripts/fuzz.sh                       every target
#   scripts/fuzz.sh whole_report zhipu    only these
#   FUZZ_SECONDS=600 scripts/fuzz.sh      longer
#   FUZZ_TOOLCHAIN=nightly-2026-10-30 scripts/fuzz.sh   another nightly (default: nightly)
#
# The nightly must have the fix of rust-lang/rust#159035 (in Rust 1.97.1, July 2026): before it,
# LLVM miscompiles safe code of the core on x86-64 at -O2 and above (a load indexed by the tag of
# an Option, speculated before the check that the Option is there), and the targets die of SIGSEGV
# ("deadly signal", no panic when replayed). nightly-2026-05-19 has the bug; nightly-2026-10-30
# does not.
#
# Seeds are fuzz/corpus/<target>/ (committed, never written); what a run adds goes to
# fuzz/work/corpus/<target>/, kept between runs; crash reproducers to fuzz/artifacts/<target>/
# (replay one with `cargo +nightly fuzz run <target> <file>` in fuzz/); logs to fuzz/work/logs/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FUZZ="$ROOT/fuzz"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
JOBS="${FUZZ_JOBS:-2}"
RSS_LIMIT_MB="${FUZZ_RSS_LIMIT_MB:-2048}"
# `address` finds memory errors, but the core forbids unsafe code and it halves the speed.
SANITIZER="${FUZZ_SANITIZER:-none}"
TOOLCHAIN="${FUZZ_TOOLCHAIN:-nightly}"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_tools() {
  if ! command -v rustup >/dev/null; then
    say "rustup is needed for the nightly toolchain: https://rustup.rs"
    exit 2
  fi
  if ! rustup toolchain list | grep -q "^$TOOLCHAIN"; then
    say "installing the $TOOLCHAIN toolchain (libFuzzer's instrumentation needs a nightly)"
    rustup toolchain install "$TOOLCHAIN" --profile minimal
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz from crates.io"
    cargo install cargo-fuzz --locked
  fi
}

# Every target, from fuzz/Cargo.toml's [[bin]] sections.
all_targets() {
  sed -n 's/^name = "\(.*\)"$/\1/p' "$FUZZ/Cargo.toml" | grep -v '^mystatus-fuzz$'
}

# Parsers read one file or body; whole_report reads a whole scenario, where short is enough.
max_len() {
  if [ "$1" = whole_report ]; then echo 8192; else echo 16384; fi
}

run_target() {
  local target=$1
  mkdir -p "$FUZZ/work/corpus/$target" "$FUZZ/corpus/$target" "$FUZZ/artifacts/$target"
  # The first corpus folder gets what the run finds; the seeds are only read.
  (cd "$FUZZ" && cargo "+$TOOLCHAIN" fuzz run --sanitizer "$SANITIZER" "$target" \
    "work/corpus/$target" "corpus/$target" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb="$RSS_LIMIT_MB" -max_len="$(max_len "$target")" \
    -timeout=10 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1) \
    >"$FUZZ/work/logs/$target.log" 2>&1 || true
  say "$target done"
}

# The findings of this run: crash, timeout and out-of-memory reproducers saved since it started.
findings() {
  find "$FUZZ/artifacts/$1" -type f -newer "$FUZZ/work/started" \
    \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' -o -name 'leak-*' \)
}

# `target executions corpus findings` from a run's log and folders.
summarize() {
  local target=$1 executions corpus
  # The parent's last status line: `#<executions>: cov: ... corp: ...`.
  executions="$(grep -o '^#[0-9]*' "$FUZZ/work/logs/$target.log" | tail -1 | tr -d '#')"
  corpus="$(find "$FUZZ/work/corpus/$target" -type f | wc -l)"
  echo "$target ${executions:-?} $corpus $(findings "$target" | wc -l)"
}

# Each finding replayed once: its panic's place and message, counted.
distinct_panics() {
  local binary="$FUZZ/target/x86_64-unknown-linux-gnu/release/$1" file panic
  findings "$1" | while read -r file; do
    panic="$(timeout 20 "$binary" "$file" 2>&1 | grep -m1 -A1 'panicked at' | paste -sd' ' || true)"
    echo "${panic:-no panic when replayed (a timeout or out of memory): ${file##*/}}"
  done | sed 's/^thread .* panicked at //' | sort | uniq -c
}

main() {
  local targets
  if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(all_targets); fi
  ensure_tools
  mkdir -p "$FUZZ/work/logs"
  touch "$FUZZ/work/started"
  say "building ${#targets[@]} fuzz targets ($TOOLCHAIN, release with overflow checks)"
  (cd "$FUZZ" && cargo "+$TOOLCHAIN" fuzz build --sanitizer "$SANITIZER")
  say "fuzzing each target for ${SECONDS_EACH}s, $JOBS at a time"
  local running=0
  for target in "${targets[@]}"; do
    if [ "$running" -ge "$JOBS" ]; then
      wait -n
      running=$((running - 1))
    fi
    run_target "$target" &
    running=$((running + 1))
  done
  wait

  local failed=0 row
  printf '\n%-22s %12s %8s %9s\n' target executions corpus findings
  for target in "${targets[@]}"; do
    row="$(summarize "$target")"
    # shellcheck disable=SC2086 # the row is four words
    printf '%-22s %12s %8s %9s\n' $row
    [ "$(echo "$row" | cut -d' ' -f4)" = 0 ] || failed=1
  done
  if [ "$failed" = 1 ]; then
    printf '\nfindings (count, place and message of the panic):\n'
    for target in "${targets[@]}"; do
      if [ -n "$(findings "$target")" ]; then
        echo "$target:"
        distinct_panics "$target"
      fi
    done
  fi
  printf '\n%ss per target; logs in fuzz/work/logs/, findings in fuzz/artifacts/<target>/\n' "$SECONDS_EACH"
  exit "$failed"
}

main "$@"

#!/usr/bin/env bash
# Fuzzes the core for a bounded time: each cargo-fuzz target of fuzz/ runs FUZZ_SECONDS (default
# 60), FUZZ_JOBS at a time (default 2), then a table shows executions, corpus size and findings.
# Not part of CI's tests: it needs nightly and takes minutes. Exits 1 when a target found a crash.
#
#   scripts/fuzz.sh                       every target
#   scripts/fuzz.sh whole_report zhipu    only these
#   FUZZ_SECONDS=600 scripts/fuzz.sh      longer
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
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_tools() {
  if ! command -v rustup >/dev/null; then
    say "rustup is needed for the nightly toolchain: https://rustup.rs"
    exit 2
  fi
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain (libFuzzer's instrumentation needs it)"
    rustup toolchain install nightly --profile minimal
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
  (cd "$FUZZ" && cargo +nightly fuzz run --sanitizer "$SANITIZER" "$target" \
    "work/corpus/$target" "corpus/$target" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb="$RSS_LIMIT_MB" -max_len="$(max_len "$target")" \
    -timeout=10 -print_final_stats=1) >"$FUZZ/work/logs/$target.log" 2>&1 || true
  say "$target done"
}

# `target executions corpus findings` from a run's log and folders.
summarize() {
  local target=$1 log="$FUZZ/work/logs/$1.log" executions corpus findings
  executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  if [ -z "$executions" ]; then
    # No final stats (a crash stops the run): the last status line's count.
    executions="$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')"
  fi
  corpus="$(find "$FUZZ/work/corpus/$target" -type f | wc -l)"
  findings="$(find "$FUZZ/artifacts/$target" -type f -newer "$FUZZ/work/started" \
    \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' -o -name 'leak-*' \) | wc -l)"
  echo "$target ${executions:-?} $corpus $findings"
}

main() {
  local targets
  if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(all_targets); fi
  ensure_tools
  mkdir -p "$FUZZ/work/logs"
  touch "$FUZZ/work/started"
  say "building ${#targets[@]} fuzz targets (nightly, release with overflow checks)"
  (cd "$FUZZ" && cargo +nightly fuzz build --sanitizer "$SANITIZER")
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
    if [ "$(echo "$row" | cut -d' ' -f4)" != 0 ]; then
      failed=1
      grep -m1 -A3 -E "panicked at|ERROR: libFuzzer" "$FUZZ/work/logs/$target.log" >&2 || true
    fi
  done
  printf '\n%ss per target; logs in fuzz/work/logs/, findings in fuzz/artifacts/<target>/\n' "$SECONDS_EACH"
  exit "$failed"
}

main "$@"

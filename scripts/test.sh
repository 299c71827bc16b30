#!/usr/bin/env bash
# Every test, from a fresh clone: formatting, lints and the core's tests (cargo), the strict
# TypeScript build, then the packed npm package under Node and Bun against a fake GitHub API.
source "$(dirname "$0")/toolchain.sh"
ensure_all
ensure_tmux
cd "$ROOT"

LOGS="$ROOT/.cache/test-logs"
rm -rf "$LOGS" && mkdir -p "$LOGS"

# Runs a named step, keeping its output for the summary; stops at the first failure.
step() {
  local name=$1
  shift
  say "$name"
  if ! "$@" 2>&1 | tee "$LOGS/$name.log"; then
    say "FAILED: $name"
    exit 1
  fi
}
set -o pipefail

step rustfmt cargo fmt --all --check
step clippy cargo clippy --workspace --all-targets --locked -- -D warnings
step cargo-test cargo test --workspace --locked
# The build compiles the shim with tsc under the strict options of plugin-shim/tsconfig.json.
step build bash "$ROOT/scripts/build.sh"
# The tests' own JavaScript, checked by tsc for unknown names and wrong calls.
step test-types tsc -p "$ROOT/tests/tsconfig.all.json"

say "installing the packed package the way a user gets it"
PUT="$ROOT/.cache/pkg-under-test"
rm -rf "$PUT" && mkdir -p "$PUT"
tarball="$(cd "$ROOT/pkg" && npm pack --silent --pack-destination "$PUT")"
echo '{ "private": true }' >"$PUT/package.json"
(cd "$PUT" && npm install --silent --no-audit --no-fund --prefer-offline "./$tarball")
export MYSTATUS_INSTALLED_PKG="$PUT/node_modules/opencode-mystatus-wasm"

PACKAGE_TESTS=("$ROOT"/tests/*.test.mjs)
step node-tests node --test "${PACKAGE_TESTS[@]}"
step bun-tests bun test "${PACKAGE_TESTS[@]}"
# The same installed package inside the real OpenCode, offline: the newest and the oldest supported
# release, each installed once with npm into .cache/opencode-<version>/.
step opencode-e2e node --test "$ROOT/tests/opencode/"

# One plain closing line over every runner's counts.
cargo_passed=$(grep -ho '[0-9]* passed' "$LOGS/cargo-test.log" | awk '{s+=$1} END {print s+0}')
cargo_failed=$(grep -ho '[0-9]* failed' "$LOGS/cargo-test.log" | awk '{s+=$1} END {print s+0}')
node_passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$LOGS/node-tests.log")
node_failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$LOGS/node-tests.log")
bun_passed=$(sed -n 's/^ *\([0-9]*\) pass$/\1/p' "$LOGS/bun-tests.log")
bun_failed=$(sed -n 's/^ *\([0-9]*\) fail$/\1/p' "$LOGS/bun-tests.log")
e2e_passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$LOGS/opencode-e2e.log")
e2e_failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$LOGS/opencode-e2e.log")
printf 'cargo %s/%s, node %s/%s, bun %s/%s, opencode %s/%s (passed/failed)\n' \
  "$cargo_passed" "$cargo_failed" "$node_passed" "$node_failed" "$bun_passed" "$bun_failed" "$e2e_passed" "$e2e_failed"
echo "$((cargo_passed + node_passed + bun_passed + e2e_passed)) passed, $((cargo_failed + node_failed + bun_failed + e2e_failed)) failed"

#!/usr/bin/env bash
# The benchmark (not part of the tests): start-up, cold and warm tool calls, parallelism, .wasm
# size, memory and scaling of the packed package under Bun and Node, each figure next to a
# reference measured in the same run, against the tests' fake API on 127.0.0.1. Prints a Markdown
# report and writes it to bench/results.md. About two minutes with the default counts.
#
# Builds the package first if pkg/dist is missing or older than the sources (as scripts/report.sh
# decides), then installs its packed tarball in bench/.work/, so that a rebuild while the benchmark
# runs does not change what is measured. Counts are environment variables, e.g.
#   BENCH_COLD_SAMPLES=10 BENCH_WARM_ITERATIONS=50 scripts/bench.sh     quicker, noisier
#   BENCH_RUNTIMES=bun BENCH_ACCOUNTS=1,10,100,500 scripts/bench.sh
# (every count and its default: the top of bench/run.mjs).
source "$(dirname "$0")/toolchain.sh"
ensure_node_tools
cd "$ROOT"

WORK="$ROOT/bench/.work"
mkdir -p "$WORK"

stale() {
  [ ! -f "$ROOT/pkg/dist/cli.js" ] || [ -n "$(find "$ROOT/crates" "$ROOT/plugin-shim/src" "$ROOT/Cargo.toml" \
    -newer "$ROOT/pkg/dist/cli.js" -type f -not -path '*/src/wasm/*' -print -quit)" ]
}

# Others may be rebuilding the package at the same time (build.sh empties pkg/dist first): a
# failed build, or a tarball without the wasm, is retried after a pause. A build that keeps failing
# (sources being edited) leaves the last complete pkg/dist, which is benchmarked with a warning.
packed() {
  local name contents
  rm -f "$WORK"/*.tgz
  name="$(cd "$ROOT/pkg" && npm pack --silent --pack-destination "$WORK" 2>/dev/null)" || return 1
  contents="$(tar -tzf "$WORK/$name")" || return 1
  for file in package/dist/index.js package/dist/core.js \
    package/dist/wasm/mystatus_wasm_bg.wasm; do
    grep -qx "$file" <<<"$contents" || return 1
  done
  tarball="$WORK/$name"
}
tarball=""
note=""
for attempt in 1 2 3; do
  if stale; then
    say "pkg/dist is missing or older than the sources: building it"
    if ! bash "$ROOT/scripts/build.sh" >&2; then
      if [ "$attempt" -lt 3 ]; then
        say "the build failed (attempt $attempt; another build may be running): retrying in 30 s"
        sleep 30
        continue
      fi
      say "the build keeps failing: benchmarking the last complete pkg/dist, which is older than the sources"
      note="pkg/dist older than the sources (the build failed)"
    fi
  fi
  packed && break
  say "pkg/dist is incomplete (attempt $attempt; a build is probably in progress): retrying in 20 s"
  sleep 20
done
[ -n "$tarball" ] || {
  say "could not pack a complete package"
  exit 1
}

want="$(sha256sum "$tarball" | cut -d' ' -f1)"
if [ "$(cat "$WORK/.installed" 2>/dev/null)" != "$want" ] || [ ! -f "$WORK/node_modules/opencode-mystatus-wasm/dist/index.js" ]; then
  say "installing the packed package in bench/.work/"
  rm -rf "$WORK/node_modules" "$WORK/package-lock.json"
  echo '{ "private": true }' >"$WORK/package.json"
  (cd "$WORK" && npm install --silent --no-audit --no-fund --prefer-offline "./$(basename "$tarball")")
  echo "$want" >"$WORK/.installed"
fi

commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [ -n "$commit" ] && [ -n "$(git -C "$ROOT" status --porcelain -- crates plugin-shim Cargo.toml Cargo.lock 2>/dev/null)" ]; then
  commit="$commit with uncommitted changes"
fi

say "running the benchmark (progress below; the report goes to stdout and bench/results.md)"
BENCH_PKG="$WORK/node_modules/opencode-mystatus-wasm" BENCH_COMMIT="$commit" BENCH_NOTE="$note" \
  BENCH_BUN="$ROOT/node_modules/.bin/bun" \
  exec node "$ROOT/bench/run.mjs"

#!/usr/bin/env bash
# Builds the npm package in pkg/: the wasm core (optimized) and the TypeScript shim.
source "$(dirname "$0")/toolchain.sh"
ensure_all

GENERATED="$ROOT/plugin-shim/src/wasm"
WASM_OUT="$ROOT/target/wasm"

say "building the wasm core with $WASM_CARGO"
(
  cd "$ROOT"
  # Debian's cargo must find Debian's rustc.
  if [ "$WASM_CARGO" = /usr/bin/cargo ]; then export PATH="/usr/bin:$PATH"; fi
  # Panics do not unwind: a panic traps, the shim catches the trap (the module never runs from a
  # promise callback, see crates/mystatus-wasm/src/task.rs), learns which platform was running and
  # asks again on a fresh module with that platform reported as an internal error. Unwinding
  # would cost the module a sixth of its size; immediate-abort also drops the panic machinery.
  # It needs std rebuilt (build-std, a nightly feature of the stable compiler, hence
  # RUSTC_BOOTSTRAP).
  # For size (the module is read at every OpenCode start), none of which changes what the module
  # does: panics carry no file and line (-Zlocation-detail=none) and `{:?}` prints nothing
  # (-Zfmt-debug=none): clippy's `use_debug` keeps `{:?}` out of everything. std is built with
  # its smaller algorithms (optimize_for_size: sorting, integer formatting), same results.
  export RUSTC_BOOTSTRAP=1
  export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
  "$WASM_CARGO" build --quiet --release --locked --target "$WASM_TARGET" --target-dir "$WASM_OUT" \
    -p mystatus-wasm -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
)

say "generating the JavaScript bindings and optimizing the module"
rm -rf "$GENERATED" && mkdir -p "$GENERATED"
# The reset-state function gives the shim a fresh instance of the compiled module after a trap,
# and makes objects of the old instance refuse to run on the new one.
wasm-bindgen --target web --experimental-reset-state-function --out-dir "$GENERATED" --out-name mystatus_wasm \
  "$WASM_OUT/$WASM_TARGET/release/mystatus_wasm.wasm"
# --converge repeats -Oz while it still shrinks the module (about 1 KB). Never --traps-never-happen:
# a trap is how a panic reaches the shim. -ocimfs 20: a function with one caller is inlined only
# when tiny; inlining big ones makes the module 2.1 KB (1 %) smaller raw but merges bodies that
# compressed well apart: 1.3 KB more gzipped, what an install downloads. Both stay within #7's goals.
wasm-opt -Oz --converge -ocimfs 20 --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  --strip-debug --strip-producers --strip-target-features \
  "$GENERATED/mystatus_wasm_bg.wasm" -o "$GENERATED/mystatus_wasm_bg.wasm"

say "compiling the plugin shim"
cd "$ROOT"
rm -rf "$ROOT/pkg/dist"
tsc -p "$ROOT/plugin-shim"
mkdir -p "$ROOT/pkg/command"
node --input-type=module -e 'import { commandMarkdown } from "./pkg/dist/command.js"; process.stdout.write(commandMarkdown());' \
  >"$ROOT/pkg/command/mystatus.md"
# What OpenCode loads is bundled: the plugin (index.js, at start-up) and the core (core.js with the
# host, the task driver and the wasm bindings, at the first call) are one file each. Bun pays
# ~0.3 MB and ~1 ms per module it loads. tsc's files of the bundled modules go (host.d.ts stays:
# core.d.ts uses its HostOptions).
esbuild "plugin-shim/src/index.ts" --bundle --platform=node --format=esm --target=node20 \
  --external:./core.js --minify-syntax --minify-whitespace --log-level=warning --outfile="pkg/dist/index.js"
esbuild "plugin-shim/src/core.ts" --bundle --platform=node --format=esm --target=node20 \
  --minify-syntax --minify-whitespace --log-level=warning --outfile="pkg/dist/core.js"
rm "$ROOT"/pkg/dist/{command,files,host,task,wire}.js "$ROOT"/pkg/dist/{command,files,task,wire}.d.ts
mkdir -p "$ROOT/pkg/dist/wasm"
cp "$GENERATED"/mystatus_wasm.d.ts "$GENERATED"/mystatus_wasm_bg.wasm "$ROOT/pkg/dist/wasm/"
chmod +x "$ROOT/pkg/dist/cli.js"
cp "$ROOT/README.md" "$ROOT/LICENSE" "$ROOT/pkg/"

size=$(stat -c %s "$ROOT/pkg/dist/wasm/mystatus_wasm_bg.wasm")
gzipped=$(gzip -9 -c "$ROOT/pkg/dist/wasm/mystatus_wasm_bg.wasm" | wc -c)
say "pkg/ is ready: mystatus_wasm_bg.wasm is $size bytes ($gzipped gzipped)"

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
  # Panics unwind (wasm exception handling), so the core catches a bug in one platform and
  # reports it as that platform's error, natively and in wasm alike. Unwinding needs std rebuilt
  # with it (build-std, a nightly feature of the stable compiler, hence RUSTC_BOOTSTRAP).
  # JavaScriptCore compiles the whole module before the first report runs, about 31 µs per KB on
  # the development machine, so three options that change nothing the module does keep it
  # smaller: std's smaller algorithms (optimize_for_size: sorting, formatting; same results),
  # panics without file and line (-Zlocation-detail=none: a panic is caught and reported as a bug
  # in its platform, its message never shown), and no unwinding out of destructors
  # (-Zpanic-in-drop=abort: no drop in the module panics, so drops need no landing pads; 26 KB).
  export RUSTC_BOOTSTRAP=1
  export RUSTFLAGS="-Cpanic=unwind -Ctarget-feature=+exception-handling -Zlocation-detail=none -Zpanic-in-drop=abort"
  "$WASM_CARGO" build --quiet --release --locked --target "$WASM_TARGET" --target-dir "$WASM_OUT" \
    -p mystatus-wasm -Zbuild-std=std,panic_unwind -Zbuild-std-features=optimize_for_size
)

say "generating the JavaScript bindings and optimizing the module"
rm -rf "$GENERATED" && mkdir -p "$GENERATED"
# The reset-state function gives the shim a fresh instance of the compiled module after a trap.
wasm-bindgen --target web --experimental-reset-state-function --out-dir "$GENERATED" --out-name mystatus_wasm \
  "$WASM_OUT/$WASM_TARGET/release/mystatus_wasm.wasm"
# Never --traps-never-happen: a trap is how the instance ends on what no catch_unwind catches.
wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-exception-handling \
  --strip-debug --strip-producers \
  "$GENERATED/mystatus_wasm_bg.wasm" -o "$GENERATED/mystatus_wasm_bg.wasm"

say "compiling the plugin shim"
cd "$ROOT"
rm -rf "$ROOT/pkg/dist"
tsc -p "$ROOT/plugin-shim"
mkdir -p "$ROOT/pkg/command"
node --input-type=module -e 'import { commandMarkdown } from "./pkg/dist/command.js"; process.stdout.write(commandMarkdown());' \
  >"$ROOT/pkg/command/mystatus.md"
# What OpenCode loads is bundled: the server plugin (index.js) and the TUI plugin (tui.js), at
# start-up, and the core (core.js with the host and the wasm bindings, at the first call) are one
# file each. Bun pays ~0.3 MB and ~1 ms per module it loads. tsc's files of the bundled modules go
# (host.d.ts stays: core.d.ts uses its HostOptions; status.js stays for the tests of the line).
# OpenTUI and Solid stay imports: OpenCode lends its own to the TUI plugin by those names.
for plugin in index tui; do
  esbuild "plugin-shim/src/$plugin.ts" --bundle --platform=node --format=esm --target=node20 \
    --external:./core.js --external:@opentui/* --external:solid-js \
    --minify-syntax --minify-whitespace --log-level=warning --outfile="pkg/dist/$plugin.js"
done
esbuild "plugin-shim/src/core.ts" --bundle --platform=node --format=esm --target=node20 \
  --minify-syntax --minify-whitespace --log-level=warning --outfile="pkg/dist/core.js"
rm "$ROOT"/pkg/dist/{command,files,host,instance,tui-view}.js "$ROOT"/pkg/dist/{command,files,instance,tui-view}.d.ts
mkdir -p "$ROOT/pkg/dist/wasm"
cp "$GENERATED"/mystatus_wasm.d.ts "$GENERATED"/mystatus_wasm_bg.wasm "$ROOT/pkg/dist/wasm/"
chmod +x "$ROOT/pkg/dist/cli.js"
cp "$ROOT/README.md" "$ROOT/LICENSE" "$ROOT/pkg/"

size=$(stat -c %s "$ROOT/pkg/dist/wasm/mystatus_wasm_bg.wasm")
gzipped=$(gzip -9 -c "$ROOT/pkg/dist/wasm/mystatus_wasm_bg.wasm" | wc -c)
say "pkg/ is ready: mystatus_wasm_bg.wasm is $size bytes ($gzipped gzipped)"

#!/usr/bin/env bash
# The main job: builds the package if needed and prints the quota report for the accounts found on
# this machine (or how to set one up). Arguments go to the CLI, e.g. --json.
source "$(dirname "$0")/toolchain.sh"
if [ ! -f "$ROOT/pkg/dist/cli.js" ] || [ -n "$(find "$ROOT/crates" "$ROOT/plugin-shim/src" "$ROOT/Cargo.toml" \
  -newer "$ROOT/pkg/dist/cli.js" -type f -not -path '*/src/wasm/*' -print -quit)" ]; then
  bash "$ROOT/scripts/build.sh" >&2
fi
exec node "$ROOT/pkg/dist/cli.js" "$@"

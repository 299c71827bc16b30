// The wasm instance's end. A bug that panics is caught in the core, platform by platform; what no
// catch_unwind catches (a stack overflow, memory exhausted, an abort) traps and ends the instance:
// the queries running on it never settle, and every later call into it throws. wasm-bindgen's
// glue calls `instanceAborted` (imported by the module, see crates/mystatus-wasm/src/lib.rs) at
// that moment: the queries in flight are rejected, nothing the dead instance awaited is handed to
// it any more, and the next query starts on a fresh instance.

const inFlight = new Set<(error: Error) => void>();
let aborted = false;
/** How many instances have trapped: what was asked of an earlier one is never answered. */
let generation = 0;

/** Called by the module's glue when the instance traps, right before it rethrows the trap. */
export function instanceAborted(): void {
  aborted = true;
  generation++;
  const error = new Error("the WebAssembly core stopped (a trap); the next call starts a fresh one");
  for (const reject of inFlight) reject(error);
  inFlight.clear();
  // Right after this, the glue rethrows the trap into the microtask queue, where nothing can
  // catch it: unhandled, it would end the host process (OpenCode). It is the rejections above now,
  // so the first uncaught exception until the next task, which is that one, is let go.
  const letGo = (): void => {
    process.off("uncaughtException", letGo);
  };
  process.on("uncaughtException", letGo);
  setTimeout(letGo, 0).unref();
}

/** Whether the instance trapped since the last call; the caller replaces it before using it. */
export function takeAbort(): boolean {
  const was = aborted;
  aborted = false;
  return was;
}

/** `query`'s outcome, or a rejection if the instance traps before it settles. */
export function guarded<T>(query: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    inFlight.add(reject);
    query.then(resolve, reject).finally(() => inFlight.delete(reject));
  });
}

/**
 * `promise`, for the instance running now: once that instance has trapped, it never settles, so
 * that no callback of the dead instance (wasm-bindgen's glue refuses them, and throws where
 * nothing catches) is ever called.
 */
export function gated<T>(promise: Promise<T>): Promise<T> {
  const born = generation;
  return new Promise((resolve, reject) => {
    promise.then(
      (value) => {
        if (generation === born) resolve(value);
      },
      (error: unknown) => {
        if (generation === born) reject(error);
      },
    );
  });
}

// Drives one of the core's tasks to its end. The module never runs from a promise callback: it
// traps on a bug instead of unwinding, and a trap inside a callback would escape every catch. So
// this loop calls `poll()` itself, at the start and whenever a host call settles, and a trap is
// an exception thrown right here, which rejects the returned promise.
import type { HostRequest, MystatusHost, Task, TaskHost } from "./wasm/mystatus_wasm.js";
import { fetchAnswer, fetchFailure, fileFailure, fileMode, fileText } from "./wire.js";

/** A synchronous host call; when it throws, the module gets `fallback`. */
function quietly<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

/** A host's text answer, or nothing: the module's string conversion must never see another type. */
const text = (call: () => unknown): string | undefined => {
  const value = quietly(call, undefined);
  return typeof value === "string" ? value : undefined;
};

const nothing = (): string => "";

/** Resolves with the task's output, parsed from the JSON the module gives. */
export function drive(host: MystatusHost, start: (host: TaskHost) => Task): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let task: Task | undefined;
    let polling = false;
    let nextTicket = 0;
    const settled = new Map<number, string>();

    const step = (): void => {
      polling = false;
      if (task === undefined) return;
      try {
        if (!task.poll()) return;
        const output = task.output();
        task.free();
        task = undefined;
        resolve(JSON.parse(output));
      } catch (error) {
        // The module trapped: leave the task alone (its instance is not to be used again).
        task = undefined;
        reject(error);
      }
    };

    /** Several answers arriving in the same turn wake the task once. */
    const wake = (): void => {
      if (polling || task === undefined) return;
      polling = true;
      queueMicrotask(step);
    };

    /**
     * Starts an asynchronous host call; the module gets its ticket at once, then the frame that
     * `resolved` or `rejected` makes of the outcome.
     */
    const ticket = (
      call: () => Promise<unknown>,
      resolved: (value: unknown) => string,
      rejected: (error: unknown) => string,
    ): number => {
      const id = nextTicket++;
      let pending: Promise<unknown>;
      try {
        pending = call();
      } catch (error) {
        pending = Promise.reject(error);
      }
      pending.then(
        (value) => {
          settled.set(id, resolved(value));
          wake();
        },
        (error: unknown) => {
          settled.set(id, rejected(error));
          wake();
        },
      );
      return id;
    };

    const taskHost: TaskHost = {
      fetch: (request) => ticket(() => host.fetch(JSON.parse(request) as HostRequest), fetchAnswer, fetchFailure),
      readFile: (path, maxBytes) => ticket(() => host.readFile(path, maxBytes), fileText, fileFailure),
      fileMode: (path) => ticket(() => host.fileMode(path), fileMode, nothing),
      sleep: (ms) => ticket(() => host.sleep(ms), nothing, nothing),
      settled: (id) => {
        const frame = settled.get(id);
        settled.delete(id);
        return frame;
      },
      recall: (key) => text(() => host.recall(key)),
      remember: (key, value) => quietly(() => host.remember(key, value), undefined),
      env: (name) => text(() => host.env(name)),
      now: () => {
        const ms = quietly(() => host.now(), 0);
        return typeof ms === "number" && Number.isFinite(ms) ? ms : 0;
      },
      homeDir: () => text(() => host.homeDir()),
      platform: () => text(() => host.platform()) ?? "",
      locale: () => text(() => host.locale()),
    };

    try {
      task = start(taskHost);
    } catch (error) {
      reject(error);
      return;
    }
    step();
  });
}

// Drives one of the core's tasks to its end. The module never runs from a promise callback: it
// traps on a bug instead of unwinding, and a trap inside a callback would escape every catch. So
// this loop calls `poll()` itself, at the start and whenever a host call settles, and a trap is
// an exception thrown right here, which rejects the returned promise.
import type { MystatusHost, Task, TaskHost } from "./wasm/mystatus_wasm.js";

export function drive(host: MystatusHost, start: (host: TaskHost) => Task): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let task: Task | undefined;
    let polling = false;
    let nextTicket = 0;
    const settled = new Map<number, [boolean, unknown]>();

    const step = (): void => {
      polling = false;
      if (task === undefined) return;
      try {
        if (!task.poll()) return;
        const output = task.output();
        task.free();
        task = undefined;
        resolve(output);
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

    /** Starts an asynchronous host call; the module gets its ticket at once. */
    const ticket = (call: () => Promise<unknown>): number => {
      const id = nextTicket++;
      let pending: Promise<unknown>;
      try {
        pending = call();
      } catch (error) {
        pending = Promise.reject(error);
      }
      pending.then(
        (value) => {
          settled.set(id, [true, value]);
          wake();
        },
        (error: unknown) => {
          settled.set(id, [false, error]);
          wake();
        },
      );
      return id;
    };

    const taskHost: TaskHost = {
      fetch: (request) => ticket(() => host.fetch(request)),
      readFile: (path, maxBytes) => ticket(() => host.readFile(path, maxBytes)),
      fileMode: (path) => ticket(() => host.fileMode(path)),
      sleep: (ms) => ticket(() => host.sleep(ms)),
      settled: (id) => {
        const state = settled.get(id);
        settled.delete(id);
        return state;
      },
      recall: (key) => host.recall(key),
      remember: (key, value) => host.remember(key, value),
      env: (name) => host.env(name),
      now: () => host.now(),
      homeDir: () => host.homeDir(),
      platform: () => host.platform(),
      locale: () => host.locale(),
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

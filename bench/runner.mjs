// One measurement in this (fresh) process, printed as one line of JSON on stdout. Spawned by
// bench/run.mjs under Bun or Node; never run by hand. Keeps its own footprint small (no static
// import; in cold tasks nothing but the module measured), so that a cold sample pays what
// OpenCode's start-up or first call pays.
//
// BENCH_TASK (JSON) says what to do:
//   { kind: "import", url, preload? }                time of `await import(url)` (after importing
//                                                    `preload`, untimed, when given)
//   { kind: "cold-call", url, expect, preload? }     import the plugin, then time one tool call
//   { kind: "cold-fetch", chains, preload? }         time the reference requests with bare fetch
//   { kind: "cold-init", url, wasm }                 time what the first call sets up: importing the
//                                                    core (url), reading and compiling the .wasm
//   { kind: "record", url, expect }                  the requests of a first tool call, in chains
//   { kind: "warm", url, references: { name: chains | "same" }, expect, warmup, iterations }
//                                                    tool call and each reference, interleaved;
//                                                    "same": the requests a warm tool call makes
//   { kind: "memory", mode: "bare"|"builtins"|"fetch"|"plugin", url, chains, expect, preload?, prefetch? }
//                                                    RSS at start (or after importing `preload` and
//                                                    making the `prefetch` requests) and after the work
// `chains` are the requests the tool makes, as sequences that run one after the other (a token,
// then what it unlocks), all sequences at once: the same URLs, count and concurrency as the core.
const rssAtStart = process.memoryUsage().rss;
const task = JSON.parse(process.env.BENCH_TASK ?? "{}");
const now = () => performance.now();

function toolContext() {
  return {
    sessionID: "ses_bench",
    messageID: "msg_bench",
    agent: "build",
    directory: process.cwd(),
    worktree: process.cwd(),
    abort: new AbortController().signal,
    metadata() {},
    async ask() {},
  };
}

/** The tool call as OpenCode makes it. */
async function toolCall(plugin) {
  const hooks = await plugin.server({ directory: process.cwd(), worktree: process.cwd() });
  return hooks.tool.mystatus.execute({}, toolContext());
}

/** The output must be the report the scenario expects (so no path is measured that fails fast). */
function check(output, expect) {
  if (typeof output !== "string" || output.includes("❌") || output.startsWith("mystatus failed")) {
    throw new Error(`the tool did not give a clean report:\n${String(output).slice(0, 2000)}`);
  }
  for (const heading of expect) {
    if (!output.includes(heading)) throw new Error(`the report lacks "${heading}":\n${output.slice(0, 2000)}`);
  }
}

/** The same requests with bare fetch: each chain in order, every chain at once; bodies read. */
async function bareFetch(chains) {
  await Promise.all(
    chains.map(async (chain) => {
      for (const request of chain) {
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        await response.text();
        if (response.status !== 200) throw new Error(`reference ${request.url} answered ${response.status}`);
      }
    }),
  );
}

/**
 * The requests one tool call makes, through a recorder in place of the global fetch (which the
 * plugin's host takes at each call), grouped into chains.
 */
async function record(plugin, expect) {
  const original = globalThis.fetch;
  const recorded = [];
  globalThis.fetch = (url, init = {}) => {
    // As [name, value] pairs: they cross to the reference's process as JSON.
    recorded.push({ url: String(url), method: init.method ?? "GET", headers: [...new Headers(init.headers)], body: init.body });
    return original(url, init);
  };
  try {
    check(await toolCall(plugin), expect);
  } finally {
    globalThis.fetch = original;
  }
  const { groupChains } = await import("./chains.mjs");
  return groupChains(recorded);
}

async function main() {
  switch (task.kind) {
    case "import": {
      if (task.preload) await import(task.preload);
      const start = now();
      await import(task.url);
      return { ms: now() - start };
    }
    case "cold-call": {
      if (task.preload) await import(task.preload);
      const start = now();
      const plugin = (await import(task.url)).default;
      const imported = now();
      const output = await toolCall(plugin);
      const done = now();
      check(output, task.expect);
      return { importMs: imported - start, callMs: done - imported };
    }
    case "cold-fetch": {
      if (task.preload) await import(task.preload);
      const start = now();
      await bareFetch(task.chains);
      return { ms: now() - start };
    }
    case "cold-init": {
      // Read as the core reads it: with Bun's file API under Bun, node:fs elsewhere.
      const read = globalThis.Bun ? (path) => Bun.file(path).bytes() : async (path) => (await import("node:fs/promises")).readFile(path);
      const start = now();
      await import(task.url);
      const bytes = await read(task.wasm);
      const compileStart = now();
      new WebAssembly.Module(bytes);
      const done = now();
      return { ms: done - start, compileMs: done - compileStart };
    }
    case "record": {
      const plugin = (await import(task.url)).default;
      return { chains: await record(plugin, task.expect) };
    }
    case "warm": {
      const plugin = (await import(task.url)).default;
      const names = Object.keys(task.references);
      const first = await record(plugin, task.expect);
      // What a warm call asks (a repeated report may reuse what the first one learned).
      const steady = await record(plugin, task.expect);
      const references = Object.fromEntries(names.map((name) => [name, task.references[name] === "same" ? steady : task.references[name]]));
      for (let i = 0; i < task.warmup; i++) {
        await toolCall(plugin);
        for (const name of names) await bareFetch(references[name]);
      }
      const call = [];
      const refs = Object.fromEntries(names.map((name) => [name, []]));
      let last = "";
      const steps = [
        async () => {
          const start = now();
          last = await toolCall(plugin);
          call.push(now() - start);
        },
        ...names.map((name) => async () => {
          const start = now();
          await bareFetch(references[name]);
          refs[name].push(now() - start);
        }),
      ];
      for (let i = 0; i < task.iterations; i++) {
        // Rotate which goes first, so none always follows another's garbage.
        for (let k = 0; k < steps.length; k++) await steps[(k + i) % steps.length]();
        if (i === 0) check(last, task.expect);
      }
      check(last, task.expect);
      const after = await record(plugin, task.expect);
      // The same requests (in any order: the platforms start as their files are read).
      const shape = (chains) => chains.map((chain) => chain.map((r) => `${r.method} ${r.url}`).join(" > ")).sort();
      if (JSON.stringify(shape(after)) !== JSON.stringify(shape(steady))) {
        throw new Error(`the warm calls' requests changed during the measurement: ${JSON.stringify(shape(steady))} then ${JSON.stringify(shape(after))}`);
      }
      return { call, refs, first, steady };
    }
    case "memory": {
      let rss0 = rssAtStart;
      if (task.preload || task.prefetch) {
        if (task.preload) await import(task.preload);
        if (task.prefetch) await bareFetch(task.prefetch);
        await new Promise((resolve) => setTimeout(resolve, 0));
        rss0 = process.memoryUsage().rss;
      }
      if (task.mode === "plugin") {
        const plugin = (await import(task.url)).default;
        check(await toolCall(plugin), task.expect);
      } else if (task.mode === "builtins") {
        await import(task.url);
      } else if (task.mode === "fetch") {
        await bareFetch(task.chains);
      }
      // The same measurement point for every mode: after one turn of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { rss0, rss1: process.memoryUsage().rss };
    }
    default:
      throw new Error(`unknown task ${JSON.stringify(task)}`);
  }
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);

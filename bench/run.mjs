// The benchmark: start-up, cold and warm tool calls, parallelism, size, memory and scaling of the
// installed package under Bun and Node, each figure next to a reference measured in the same run,
// against the tests' fake API on 127.0.0.1. Run by scripts/bench.sh, which installs the package in
// bench/.work/ first; prints a Markdown report and writes it to bench/results.md.
//
// Counts (environment variables; the defaults take about 3 to 4 minutes on 2 cores):
//   BENCH_COLD_SAMPLES=25       fresh processes per runtime, per figure and Copilot configuration
//   BENCH_WARM_PROCESSES=3      processes per runtime and configuration for warm calls ...
//   BENCH_WARMUP=50             ... each doing this many warm-up iterations ...
//   BENCH_WARM_ITERATIONS=200   ... then this many measured ones (tool call and bare fetch each)
//   BENCH_PARALLEL_ITERATIONS=10  iterations of each 200 ms scenario per runtime (after 2 warm-ups)
//   BENCH_MEMORY_SAMPLES=12     fresh processes per runtime and mode for memory
//   BENCH_ACCOUNTS=1,10,100     Antigravity account counts for the scaling table
//   BENCH_SCALING_ITERATIONS=20 measured iterations per account count and mode (after 5 warm-ups)
//   BENCH_SCALING_MEMORY_SAMPLES=6  fresh processes per account count, runtime and mode
//   BENCH_RUNTIMES=bun,node     which runtimes
//   BENCH_DELAY_MS=200          the answer delay of the parallel scenario
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

import { startFakeGitHub } from "../tests/fake-github.mjs";
import { createSandbox } from "../tests/sandbox.mjs";
import { describeChains } from "./chains.mjs";
import { SCENARIOS, createHandler } from "./scenarios.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const installed = process.env.BENCH_PKG ?? join(here, ".work", "node_modules", "opencode-mystatus-wasm");
const pluginUrl = pathToFileURL(join(installed, "dist", "index.js")).href;
const coreUrl = pathToFileURL(join(installed, "dist", "core.js")).href;
const emptyUrl = pathToFileURL(join(here, "empty.mjs")).href;
const builtinsUrl = pathToFileURL(join(here, "builtins.mjs")).href;
const runnerPath = join(here, "runner.mjs");
const wasmPath = join(installed, "dist", "wasm", "mystatus_wasm_bg.wasm");

const int = (name, fallback) => {
  const value = Number.parseInt(process.env[name] ?? "", 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const COUNTS = {
  cold: int("BENCH_COLD_SAMPLES", 25),
  warmProcesses: int("BENCH_WARM_PROCESSES", 3),
  warmup: int("BENCH_WARMUP", 50),
  warm: int("BENCH_WARM_ITERATIONS", 200),
  parallel: int("BENCH_PARALLEL_ITERATIONS", 10),
  memory: int("BENCH_MEMORY_SAMPLES", 12),
  scaling: int("BENCH_SCALING_ITERATIONS", 20),
  scalingMemory: int("BENCH_SCALING_MEMORY_SAMPLES", 6),
  delayMs: int("BENCH_DELAY_MS", 200),
};
const ACCOUNTS = (process.env.BENCH_ACCOUNTS ?? "1,10,100")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0 && n <= 1000);
const RUNTIMES = {
  bun: process.env.BENCH_BUN ?? join(root, "node_modules", ".bin", "bun"),
  node: process.env.BENCH_NODE ?? process.execPath,
};
const runtimes = (process.env.BENCH_RUNTIMES ?? "bun,node").split(",").filter((name) => name in RUNTIMES);
const CHILD_TIMEOUT_MS = 180_000;
// The budget (issue #13), stated for Bun as OpenCode has it; Node's figures are information.
const COLD_BUDGET_MS = 40;
const WARM_BUDGET_MS = 1;
const MEMORY_BUDGET = 15 * 1024 * 1024;

const log = (message) => process.stderr.write(`  ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
const median = (values) => quantile(values, 0.5);
const summary = (values) => ({ median: median(values), p10: quantile(values, 0.1), p90: quantile(values, 0.9), n: values.length });

const ms = (value) => (Math.abs(value) < 10 ? value.toFixed(2) : value.toFixed(1));
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const spread = (s, unit = " ms", f = ms) => `${f(s.median)}${unit} [${f(s.p10)}–${f(s.p90)}] (n=${s.n})`;
const signed = (value, f = ms, unit = " ms") => `${value >= 0 ? "+" : "−"}${f(Math.abs(value))}${unit}`;
const ratio = (a, b) => `${(a.median / b.median).toFixed(2)}x`;
const verdict = (met) => (met ? "✅ met" : "❌ not met");

// ---------------------------------------------------------------------------------------------
// Child processes: one measurement each, killed if they overrun, all killed on the way out.

const children = new Set();
const state = { delayMs: 0, rememberTokens: true };
let server;
let sandbox;

function killAll() {
  for (const child of children) child.kill("SIGKILL");
  children.clear();
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    killAll();
    sandbox?.dispose();
    process.exit(130);
  });
}

/** Runs one task in a fresh `runtime` process with `env`; resolves with its JSON line. */
function runChild(runtime, task, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(RUNTIMES[runtime], [runnerPath], {
      cwd: here,
      env: {
        ...env,
        BENCH_TASK: JSON.stringify(task),
        // No cross-process transpiler cache: each cold sample parses what it loads.
        BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
        NODE_COMPILE_CACHE: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_TIMEOUT_MS);
    const finish = (error, value) => {
      clearTimeout(timer);
      children.delete(child);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      if (error) reject(error);
      else resolve(value);
    };
    child.on("error", (error) => finish(error));
    child.on("close", (code, signal) => {
      if (code !== 0) {
        finish(new Error(`${runtime} ${task.kind} failed (${signal ?? `exit ${code}`}):\n${stderr.slice(0, 4000)}`));
        return;
      }
      try {
        finish(undefined, JSON.parse(stdout.trim().split("\n").pop()));
      } catch {
        finish(new Error(`${runtime} ${task.kind} printed no JSON: ${stdout.slice(0, 500)} ${stderr.slice(0, 500)}`));
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Scenarios and their requests.

/** A sandbox for `scenario`; the previous one is disposed first (sandboxes change process.env). */
function useScenario(scenario) {
  sandbox?.dispose();
  sandbox = createSandbox(server.url);
  scenario.setup(sandbox);
  return { ...sandbox.env() };
}

/**
 * The requests of a first tool call (a fresh Node process, so nothing is remembered from an
 * earlier report), in chains; checks the fake server saw exactly those.
 */
async function firstCallChains(scenario, env) {
  const saved = state.delayMs;
  state.delayMs = 0;
  server.handle(server.handler);
  try {
    const { chains } = await runChild("node", { kind: "record", url: pluginUrl, expect: scenario.expect }, env);
    const seen = server.requests.map((r) => `${r.method} ${r.path}`).sort();
    const made = chains.flat().map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`).sort();
    if (JSON.stringify(seen) !== JSON.stringify(made)) {
      throw new Error(`the server saw ${JSON.stringify(seen)}, the plugin made ${JSON.stringify(made)}`);
    }
    return chains;
  } finally {
    state.delayMs = saved;
    server.handle(server.handler);
  }
}

// ---------------------------------------------------------------------------------------------
// The measurements.

/**
 * Cold: every sample a fresh process, the kinds interleaved round by round in a rotating order.
 * With `diagnose`, more kinds: the plugin's and the empty module's import in a process that has
 * already loaded the runtime modules the plugin imports (as OpenCode has), the first call and its
 * reference in such a process, and the first call's set-up alone (core import, read, compile).
 */
async function measureCold(name, env, chains, results, diagnose) {
  const scenario = SCENARIOS[name];
  for (const runtime of runtimes) {
    results[runtime] ??= { emptyImport: [], pluginImport: [], preloadedEmpty: [], preloadedPlugin: [], init: [], compile: [] };
    results[runtime][name] = { call: [], fetch: [], preloadedCall: [], preloadedFetch: [] };
  }
  const kinds = ["import", "cold-call", "cold-fetch"];
  if (diagnose) kinds.push("preloaded-empty", "preloaded-plugin", "preloaded-call", "preloaded-fetch", "cold-init");
  for (let round = 0; round < COUNTS.cold; round++) {
    for (const runtime of runtimes) {
      const r = results[runtime];
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(k + round) % kinds.length];
        if (kind === "import") r.emptyImport.push((await runChild(runtime, { kind, url: emptyUrl }, env)).ms);
        if (kind === "preloaded-empty") {
          r.preloadedEmpty.push((await runChild(runtime, { kind: "import", url: emptyUrl, preload: builtinsUrl }, env)).ms);
        }
        if (kind === "preloaded-plugin") {
          r.preloadedPlugin.push((await runChild(runtime, { kind: "import", url: pluginUrl, preload: builtinsUrl }, env)).ms);
        }
        if (kind === "cold-call") {
          const sample = await runChild(runtime, { kind, url: pluginUrl, expect: scenario.expect }, env);
          r.pluginImport.push(sample.importMs);
          r[name].call.push(sample.callMs);
        }
        if (kind === "cold-fetch") r[name].fetch.push((await runChild(runtime, { kind, chains }, env)).ms);
        if (kind === "preloaded-call") {
          const task = { kind: "cold-call", url: pluginUrl, expect: scenario.expect, preload: builtinsUrl };
          r[name].preloadedCall.push((await runChild(runtime, task, env)).callMs);
        }
        if (kind === "preloaded-fetch") {
          r[name].preloadedFetch.push((await runChild(runtime, { kind: "cold-fetch", chains, preload: builtinsUrl }, env)).ms);
        }
        if (kind === "cold-init") {
          const sample = await runChild(runtime, { kind, url: coreUrl, wasm: wasmPath }, env);
          r.init.push(sample.ms);
          r.compile.push(sample.compileMs);
        }
      }
    }
  }
}

/**
 * Warm: in one process, after warm-up, the tool call and each reference interleaved. A reference
 * is a list of chains, or "same": the requests a warm tool call makes, recorded in that process.
 */
async function measureWarm(runtime, env, scenario, references, { processes, warmup, iterations }) {
  const pooled = { call: [], refs: Object.fromEntries(Object.keys(references).map((name) => [name, []])) };
  for (let p = 0; p < processes; p++) {
    const result = await runChild(
      runtime,
      { kind: "warm", url: pluginUrl, expect: scenario.expect, references, warmup, iterations },
      env,
    );
    pooled.call.push(...result.call);
    for (const name of Object.keys(references)) pooled.refs[name].push(...result.refs[name]);
    pooled.first = result.first;
    pooled.steady = result.steady;
  }
  return pooled;
}

/** RSS growth (after − start) of fresh processes, per mode, the modes interleaved. */
async function measureMemory(runtime, env, modes, samples) {
  const deltas = Object.fromEntries(Object.keys(modes).map((mode) => [mode, []]));
  for (let i = 0; i < samples; i++) {
    for (const [mode, task] of Object.entries(modes)) {
      const { rss0, rss1 } = await runChild(runtime, { kind: "memory", ...task }, env);
      deltas[mode].push(rss1 - rss0);
    }
  }
  return deltas;
}

// ---------------------------------------------------------------------------------------------

async function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? "unknown";
  const version = async (runtime) => {
    const child = spawn(RUNTIMES[runtime], ["--version"], { stdio: ["ignore", "pipe", "ignore"] });
    children.add(child);
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    await new Promise((resolve) => child.on("close", resolve));
    children.delete(child);
    return out.trim();
  };
  const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const wasm = readFileSync(wasmPath);
  return {
    cpu: model,
    cores: cpus().length,
    ram: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    bun: await version("bun"),
    node: await version("node"),
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    pkg: `${pkg.name}@${pkg.version}`,
    wasmSha: createHash("sha256").update(wasm).digest("hex").slice(0, 12),
    commit: process.env.BENCH_COMMIT,
    load: loadavg().map((x) => x.toFixed(2)).join(" "),
  };
}

async function main() {
  const started = performance.now();
  const info = await machine();
  log(`benchmarking ${info.pkg} (wasm ${info.wasmSha}) under ${runtimes.join(" and ")}`);

  server = await startFakeGitHub();
  server.handler = createHandler(state);
  server.handle(server.handler);

  const wasm = readFileSync(wasmPath);
  const raw = wasm.length;
  const gzip = gzipSync(wasm, { level: 9 }).length;

  // Import, cold and warm tool calls, for both Copilot configurations.
  const cold = {};
  const warm = {};
  const firstChains = {};
  for (const name of ["pat", "oauth"]) {
    const scenario = SCENARIOS[name];
    const env = useScenario(scenario);
    firstChains[name] = await firstCallChains(scenario, env);
    log(`${name}: first call ${describeChains(firstChains[name])}; ${COUNTS.cold} cold rounds`);
    await measureCold(name, env, firstChains[name], cold, name === "pat");
    for (const runtime of runtimes) {
      log(`${name}: warm calls under ${runtime}`);
      warm[runtime] ??= {};
      warm[runtime][name] = await measureWarm(runtime, env, scenario, { fetch: "same" }, {
        processes: COUNTS.warmProcesses,
        warmup: COUNTS.warmup,
        iterations: COUNTS.warm,
      });
    }
  }

  // The fixed cost of a call that makes no request: nothing configured.
  {
    const env = useScenario(SCENARIOS.none);
    for (const runtime of runtimes) {
      log(`nothing configured: warm calls under ${runtime}`);
      warm[runtime].none = await measureWarm(runtime, env, SCENARIOS.none, {}, {
        processes: 1,
        warmup: COUNTS.warmup,
        iterations: COUNTS.warm,
      });
    }
  }

  // Memory, Copilot PAT: a bare process, the runtime modules alone, bare fetch, the plugin; and
  // the plugin in a process that already uses files and HTTP, as OpenCode does.
  const memory = {};
  {
    const env = useScenario(SCENARIOS.pat);
    const chains = firstChains.pat;
    for (const runtime of runtimes) {
      log(`memory under ${runtime}`);
      memory[runtime] = await measureMemory(
        runtime,
        env,
        {
          bare: { mode: "bare" },
          builtins: { mode: "builtins", url: builtinsUrl },
          fetch: { mode: "fetch", chains },
          plugin: { mode: "plugin", url: pluginUrl, expect: SCENARIOS.pat.expect },
          fetchAgain: { mode: "fetch", chains, preload: builtinsUrl, prefetch: chains },
          pluginAfter: { mode: "plugin", url: pluginUrl, expect: SCENARIOS.pat.expect, preload: builtinsUrl, prefetch: chains },
        },
        COUNTS.memory,
      );
    }
  }

  // Seven platforms, every answer after BENCH_DELAY_MS: a repeated report (Antigravity's access
  // tokens remembered), and reports that must refresh them (the first of a session).
  const parallel = {};
  let allFirst;
  {
    const scenario = SCENARIOS.all;
    const env = useScenario(scenario);
    allFirst = await firstCallChains(scenario, env);
    const critical = allFirst.reduce((a, b) => (b.length > a.length ? b : a));
    const single = allFirst.find((chain) => chain.length === 1 && chain[0].url.includes("/zai/")) ?? [allFirst[0][0]];
    state.delayMs = COUNTS.delayMs;
    try {
      for (const runtime of runtimes) {
        parallel[runtime] = {};
        log(`seven platforms at ${COUNTS.delayMs} ms under ${runtime}, repeated reports`);
        state.rememberTokens = true;
        parallel[runtime].repeated = await measureWarm(runtime, env, scenario, { one: [single], same: "same" }, {
          processes: 1,
          warmup: 2,
          iterations: COUNTS.parallel,
        });
        log(`seven platforms at ${COUNTS.delayMs} ms under ${runtime}, tokens refreshed`);
        state.rememberTokens = false;
        parallel[runtime].refreshed = await measureWarm(
          runtime,
          env,
          scenario,
          { one: [single], critical: [critical], same: "same" },
          { processes: 1, warmup: 2, iterations: COUNTS.parallel },
        );
      }
    } finally {
      state.delayMs = 0;
      state.rememberTokens = true;
    }
  }

  // Scaling with the number of Antigravity accounts, tokens remembered or refreshed.
  const scaling = [];
  for (const n of ACCOUNTS) {
    const scenario = SCENARIOS.accounts(n);
    const env = useScenario(scenario);
    const chains = await firstCallChains(scenario, env);
    for (const runtime of runtimes) {
      const row = { n, runtime };
      for (const mode of ["refreshed", "repeated"]) {
        log(`${n} Antigravity accounts under ${runtime}, ${mode}`);
        state.rememberTokens = mode === "repeated";
        try {
          row[mode] = await measureWarm(runtime, env, scenario, { same: "same" }, {
            processes: 1,
            warmup: 5,
            iterations: COUNTS.scaling,
          });
        } finally {
          state.rememberTokens = true;
        }
      }
      log(`${n} Antigravity accounts under ${runtime}, memory`);
      row.memory = await measureMemory(
        runtime,
        env,
        {
          bare: { mode: "bare" },
          fetch: { mode: "fetch", chains },
          plugin: { mode: "plugin", url: pluginUrl, expect: scenario.expect },
        },
        COUNTS.scalingMemory,
      );
      scaling.push(row);
    }
  }
  sandbox?.dispose();
  sandbox = undefined;

  // ---------------------------------------------------------------------------------------------
  // The report.

  const rows = [];
  const row = (...cells) => rows.push(cells);
  for (const runtime of runtimes) {
    const c = cold[runtime];
    const plugin = summary(c.pluginImport);
    const empty = summary(c.emptyImport);
    const diff = plugin.median - empty.median;
    row("plugin module import (what OpenCode start-up pays), fresh process", runtime, spread(plugin),
      `empty .mjs import: ${spread(empty)}`, signed(diff), "under 2 ms more", verdict(diff < 2));
    const preloaded = summary(c.preloadedPlugin);
    const preloadedEmpty = summary(c.preloadedEmpty);
    const marginal = preloaded.median - preloadedEmpty.median;
    row("  the same in a process that has already loaded `node:fs/promises` and `node:os` (as OpenCode has)", runtime,
      spread(preloaded), `empty .mjs import, same preload: ${spread(preloadedEmpty)}`, signed(marginal), "under 2 ms more",
      `info: ${marginal < 2 ? "under" : "over"}`);
  }
  for (const name of ["pat", "oauth"]) {
    for (const runtime of runtimes) {
      const call = summary(cold[runtime][name].call);
      const ref = summary(cold[runtime][name].fetch);
      const diff = call.median - ref.median;
      row(`first tool call, cold (fresh process: includes wasm compile and instantiate), ${name === "pat" ? "PAT" : "OAuth"}`,
        runtime, spread(call), `the same requests with bare fetch, fresh process: ${spread(ref)}`, signed(diff),
        `under ${COLD_BUDGET_MS} ms more`, runtime === "bun" ? verdict(diff < COLD_BUDGET_MS) : `info: ${diff < COLD_BUDGET_MS ? "under" : "over"}`);
    }
  }
  for (const runtime of runtimes) {
    const call = summary(cold[runtime].pat.preloadedCall);
    const ref = summary(cold[runtime].pat.preloadedFetch);
    const diff = call.median - ref.median;
    row("  the same (PAT) in a process that has already loaded `node:fs/promises` and `node:os` (as OpenCode has)", runtime,
      spread(call), `the same requests with bare fetch, same preload: ${spread(ref)}`, signed(diff), `under ${COLD_BUDGET_MS} ms more`,
      runtime === "bun" ? verdict(diff < COLD_BUDGET_MS) : `info: ${diff < COLD_BUDGET_MS ? "under" : "over"}`);
  }
  for (const runtime of runtimes) {
    const init = summary(cold[runtime].init);
    const compile = summary(cold[runtime].compile);
    row("  of which the set-up alone (import the core: shim and wasm bindings; read and compile the `.wasm`), fresh process",
      runtime, spread(init), "—", `compile (\`new WebAssembly.Module\`) alone: ${spread(compile)}`, "—", "info");
  }
  for (const name of ["pat", "oauth"]) {
    for (const runtime of runtimes) {
      const w = warm[runtime][name];
      const call = summary(w.call);
      const ref = summary(w.refs.fetch);
      const diff = call.median - ref.median;
      const times = call.median / ref.median;
      row(`warm tool call, ${name === "pat" ? "PAT" : "OAuth"} (a warm call makes ${describeChains(w.steady)})`, runtime,
        spread(call), `the same requests with bare fetch: ${spread(ref)}`, `${signed(diff)}, ${times.toFixed(2)}x`,
        `under ${WARM_BUDGET_MS} ms more`, runtime === "bun" ? verdict(diff < WARM_BUDGET_MS) : `info: ${diff < WARM_BUDGET_MS ? "under" : "over"}`);
    }
  }
  for (const runtime of runtimes) {
    row("  for comparison: warm tool call with nothing configured (no request: files looked for, guidance written)",
      runtime, spread(summary(warm[runtime].none.call)), "—", "—", "—", "info");
  }
  for (const runtime of runtimes) {
    const { repeated, refreshed } = parallel[runtime];
    const call = summary(repeated.call);
    const one = summary(repeated.refs.one);
    const same = summary(repeated.refs.same);
    row(`report for 7 platforms, every endpoint answering after ${COUNTS.delayMs} ms: repeated report (Antigravity tokens remembered; ${describeChains(repeated.steady)})`,
      runtime, spread(call), `one ${COUNTS.delayMs} ms request: ${spread(one)}`, ratio(call, one),
      "under 1.1x (all in parallel)", verdict(call.median / one.median < 1.1));
    row("  the same, against the same requests with bare fetch", runtime, spread(call),
      `bare fetch, same chains: ${spread(same)}`, `${signed(call.median - same.median)}, ${ratio(call, same)}`, "—", "info");
    const rCall = summary(refreshed.call);
    const rOne = summary(refreshed.refs.one);
    const rCritical = summary(refreshed.refs.critical);
    const rSame = summary(refreshed.refs.same);
    row(`report for 7 platforms, ${COUNTS.delayMs} ms answers: first report of a session (Antigravity refreshes its tokens; ${describeChains(refreshed.steady)})`,
      runtime, spread(rCall), `one ${COUNTS.delayMs} ms request: ${spread(rOne)}`, ratio(rCall, rOne),
      "under 1.1x (all in parallel)", verdict(rCall.median / rOne.median < 1.1));
    row("  the same, against its critical path (an Antigravity token, then that account's quota summary)", runtime, spread(rCall),
      `2 sequential ${COUNTS.delayMs} ms requests: ${spread(rCritical)}`, ratio(rCall, rCritical),
      "under 1.1x (the goal restated for 2 rounds)", verdict(rCall.median / rCritical.median < 1.1));
    row("  the same, against the same requests with bare fetch", runtime, spread(rCall),
      `bare fetch, same chains: ${spread(rSame)}`, `${signed(rCall.median - rSame.median)}, ${ratio(rCall, rSame)}`, "—", "info");
  }
  row("`.wasm` size after `wasm-opt`, raw", "—", `${(raw / 1000).toFixed(1)} KB (${raw} bytes)`, "—", "—", "reported, no target", "info");
  row("`.wasm` size after `wasm-opt`, gzip -9 (zlib)", "—", `${(gzip / 1000).toFixed(1)} KB (${gzip} bytes)`, "—", "—",
    "reported, no target", "info");
  for (const runtime of runtimes) {
    const m = memory[runtime];
    const plugin = summary(m.plugin);
    const bare = summary(m.bare);
    const added = plugin.median - bare.median;
    const fetchOnly = median(m.fetch) - bare.median;
    const builtins = median(m.builtins) - bare.median;
    row("resident memory added by loading and one call (PAT), fresh process: RSS growth from the process's start",
      runtime, spread(plugin, " MB", mb), `a bare ${runtime} process: ${spread(bare, " MB", mb)}`,
      `+${mb(added)} MB (for comparison: the same requests with bare fetch alone +${mb(fetchOnly)} MB; importing \`node:fs/promises\` and \`node:os\` alone +${mb(builtins)} MB)`,
      "—", "info");
    const after = summary(m.pluginAfter);
    const again = summary(m.fetchAgain);
    const marginal = after.median - again.median;
    row("  the same in a process that has already loaded `node:fs/promises` and `node:os` and made these requests once (as OpenCode has): RSS growth from there",
      runtime, spread(after, " MB", mb), `the same requests made again with bare fetch: ${spread(again, " MB", mb)}`,
      `+${mb(marginal)} MB`, `under ${mb(MEMORY_BUDGET)} MB`,
      runtime === "bun" ? verdict(marginal < MEMORY_BUDGET) : `info: ${marginal < MEMORY_BUDGET ? "under" : "over"}`);
  }

  const table = [
    "| figure | runtime | measured: median [p10–p90] | reference in the same run: median [p10–p90] | difference | goal | verdict |",
    "|---|---|---|---|---|---|---|",
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
  ];

  const scalingTable = [
    "| runtime | accounts | Antigravity tokens | requests per call | tool call, warm: median [p10–p90] | the same requests with bare fetch: median | beyond the network | per account | RSS added, first call in a fresh process (vs a bare process) | of which bare fetch |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const { n, runtime, refreshed, repeated, memory: m } of scaling) {
    const bare = median(m.bare);
    for (const [mode, w] of [["refreshed", refreshed], ["remembered", repeated]]) {
      const call = summary(w.call);
      const ref = summary(w.refs.same);
      const beyond = call.median - ref.median;
      const rss = mode === "refreshed" ? [`+${mb(median(m.plugin) - bare)} MB`, `+${mb(median(m.fetch) - bare)} MB`] : ["as above", "as above"];
      scalingTable.push(
        `| ${runtime} | ${n} | ${mode} | ${w.steady.flat().length} | ${spread(call)} | ${ms(ref.median)} ms | ${signed(beyond)} | ${signed(beyond / n)} | ${rss.join(" | ")} |`,
      );
    }
  }

  const elapsed = (performance.now() - started) / 1000;
  const configs = [
    `- **PAT**: ${SCENARIOS.pat.title}. First call: ${describeChains(firstChains.pat)}; a warm call: ${describeChains(warm[runtimes[0]].pat.steady)}.`,
    `- **OAuth**: ${SCENARIOS.oauth.title}. First call: ${describeChains(firstChains.oauth)}; a warm call: ${describeChains(warm[runtimes[0]].oauth.steady)}.`,
    `- **7 platforms**: ${SCENARIOS.all.title}. First call: ${describeChains(allFirst)}; a repeated call: ${describeChains(parallel[runtimes[0]].repeated.steady)}.`,
  ];
  const notes = [
    "Spreads are p10–p90 (10th to 90th percentile) over n samples; “difference” and ratios compare medians.",
    `Cold figures: every sample is a fresh process (${COUNTS.cold} per runtime and configuration; the import figure pools the PAT and OAuth rounds). The kinds of process (empty import, plugin import then cold call, cold bare fetch, and in the PAT rounds the diagnostic kinds) are interleaved round by round in a rotating order. Bun's transpiler cache is off. ` +
      "The cold call is timed from the end of the plugin's import to the tool's answer: `server()`, then `execute()`, which imports the core (one module: the shim's host and task driver with the wasm bindings), reads, compiles and instantiates the module and makes the requests. " +
      "Its reference makes the same requests with bare `fetch` as the first thing a fresh process does, so both pay the runtime's first-fetch set-up. " +
      "The “as OpenCode has” rows import `node:fs/promises` and `node:os` first, untimed, in both processes: OpenCode has loaded them long before the first `/mystatus`.",
    `Warm figures: ${COUNTS.warmProcesses} process${COUNTS.warmProcesses === 1 ? "" : "es"} per runtime and configuration, each ${COUNTS.warmup} warm-up iterations then ${COUNTS.warm} measured, the tool call and the reference alternating (which goes first alternates too).`,
    "References make the same requests as the plugin: recorded from the plugin itself by a recorder in place of the global `fetch` (same URLs, methods, headers, bodies, count), for a first call in a fresh process or, for warm figures, a warm call in the measuring process (a repeated report reuses what the first one learned: Antigravity access tokens, Copilot's working OAuth strategy). The same concurrency: requests that depend on another (an Antigravity token, then that account's quota summary) one after the other, everything else at once. Bodies are read; every answer is checked to be a 200, every report to be the expected one, and the warm calls' requests to be the same at the end as at the start.",
    `Memory: \`process.memoryUsage().rss\` at the runner's first line and after the work plus one event-loop turn, in fresh processes (${COUNTS.memory} per mode and runtime, the modes interleaved); the figure is the median growth, the reference a process that does nothing between the same two points. The “as OpenCode has” row starts measuring after importing \`node:fs/promises\` and \`node:os\` and making the same requests once with bare fetch, so it shows what the plugin adds to a runtime that already uses files and HTTP.`,
    `The parallel scenarios: ${COUNTS.parallel} measured iterations per runtime and scenario in one warm process after 2 warm-ups; every endpoint, token refresh included, answers after ${COUNTS.delayMs} ms. For the first-report figures the fake token endpoint leaves out \`expires_in\`, so the core cannot remember the token and refreshes it on every call, as on the first report of a session or after the hourly expiry.`,
    "The fake API is tests/fake-github.mjs in the benchmark's own Node process on 127.0.0.1 (the measured processes only make requests); its answers are the core's fixtures. It answers through `setTimeout(…, delayMs)`, which Node clamps to at least 1 ms: every “network” figure includes about 1 ms of server-side wait per round, for the tool call and its reference alike.",
    "Other work on the machine shows in the load averages in the header: with a load above the number of cores, medians hold up but spreads widen.",
  ];

  const output = [
    "# mystatus benchmark",
    "",
    `- machine: ${info.cpu}, ${info.cores} cores, ${info.ram} RAM; load average (1, 5, 15 min) at start ${info.load}, at end ${loadavg().map((x) => x.toFixed(2)).join(" ")}`,
    `- runtimes: Bun ${info.bun}, Node ${info.node}`,
    `- package: ${info.pkg} (wasm sha256 ${info.wasmSha}${info.commit ? `, source ${info.commit}` : ""}), installed from its packed tarball${process.env.BENCH_NOTE ? `; ⚠️ ${process.env.BENCH_NOTE}` : ""}`,
    `- date: ${info.date}; wall time ${elapsed.toFixed(0)} s; command: \`scripts/bench.sh\``,
    `- counts: ${COUNTS.cold} cold rounds; warm ${COUNTS.warmProcesses} × (${COUNTS.warmup} + ${COUNTS.warm}); parallel ${COUNTS.parallel}; memory ${COUNTS.memory}; accounts ${ACCOUNTS.join(", ")} × ${COUNTS.scaling} iterations, memory ${COUNTS.scalingMemory}${process.env.BENCH_RUNTIMES ? `; runtimes ${runtimes.join(", ")}` : ""}`,
    "",
    "Configurations:",
    "",
    ...configs,
    "",
    "## Results",
    "",
    ...table,
    "",
    "## Scaling with Google Antigravity accounts",
    "",
    `Each account: a token refresh then its quota summary (the alice fixture: two groups of two buckets) when the token is refreshed, its quota summary alone when it is remembered. Warm: ${COUNTS.scaling} iterations after 5 warm-ups per row. RSS: the first call (so tokens refreshed) in ${COUNTS.scalingMemory} fresh process${COUNTS.scalingMemory === 1 ? "" : "es"} per mode, growth from the process's start minus a bare process's. “Per account” is the time beyond the network divided by the number of accounts; it should stay flat.`,
    "",
    ...scalingTable,
    "",
    "## Method",
    "",
    ...notes.map((note) => `- ${note}`),
    "",
  ].join("\n");
  process.stdout.write(`${output}\n`);
  writeFileSync(join(here, "results.md"), output);
  log(`written to bench/results.md (${elapsed.toFixed(0)} s)`);
}

try {
  await main();
} finally {
  killAll();
  sandbox?.dispose();
  await server?.close();
}

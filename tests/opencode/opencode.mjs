// The harness of the OpenCode end-to-end suite: installs the pinned OpenCode once (cached under
// .cache/), packs the package under test, gives every OpenCode process its own scratch HOME, XDG
// folders and TMPDIR, and runs it with a hard timeout, killed by process group in a finally block.
// Offline: the only servers OpenCode is pointed at are on 127.0.0.1, and a "tripwire" proxy on
// 127.0.0.1 stands in for the internet (HTTP(S)_PROXY and the npm registry) and records anything
// that tries to get out, so the tests can assert that nothing did.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, afterEach, before, beforeEach } from "node:test";
import { fileURLToPath } from "node:url";

import { listenOnLoopback, startFakeGitHub } from "../fake-github.mjs";
import { createSandbox } from "../sandbox.mjs";
import { startFakeModel } from "./fake-model.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..", "..");

/**
 * The OpenCode releases the suite runs under. NEWEST is the one the README names; OLDEST is the
 * oldest release on npm inside the package's `peerDependencies` range (">=1.18.0"; the registry has
 * no 1.18.0, its first 1.18 release is 1.18.3).
 */
/** A first run installs OpenCode (about 180 MB). */
const SETUP_TIMEOUT_MS = 11 * 60_000;
export const OPENCODE_NEWEST = "1.18.33";
export const OPENCODE_OLDEST = "1.18.3";

/** Hard limits: no OpenCode process, install or request outlives these. */
const RUN_TIMEOUT_MS = 60_000;
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const LISTEN_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 15_000;
const KILL_GRACE_MS = 3_000;

/**
 * The package under test: MYSTATUS_INSTALLED_PKG when set (scripts/test.sh installs the packed
 * tarball there), else that same install if present, else pkg/.
 */
function packageUnderTest() {
  const usable = (dir) => existsSync(join(dir, "package.json")) && existsSync(join(dir, "dist", "index.js"));
  const chosen = process.env.MYSTATUS_INSTALLED_PKG;
  if (chosen) {
    if (!usable(chosen)) throw new Error(`MYSTATUS_INSTALLED_PKG=${chosen} is not a built package`);
    return chosen;
  }
  const candidates = [join(ROOT, ".cache", "pkg-under-test", "node_modules", "opencode-mystatus-wasm"), join(ROOT, "pkg")];
  const found = candidates.find(usable);
  if (!found) throw new Error(`no built package found (tried ${candidates.join(", ")}): run scripts/build.sh first`);
  return found;
}

/** Runs a command to completion with a timeout; rejects with its output on failure. */
function run(file, args, options) {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024, killSignal: "SIGKILL", ...options }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(" ")} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** The OpenCode binary of an install folder, if it answers `--version` with `version`. */
async function workingBinary(dir, version) {
  const binary = join(dir, "node_modules", "opencode-ai", "bin", "opencode.exe");
  if (!existsSync(binary)) return undefined;
  try {
    const { stdout } = await run(binary, ["--version"], { timeout: 30_000, env: { PATH: process.env.PATH ?? "", HOME: dir } });
    return stdout.trim() === version ? binary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Installs `opencode-ai@version` with npm into .cache/opencode-<version>/ unless a working binary
 * of that version is already there (idempotent; about 180 MB once, instant afterwards). Installs
 * into a temporary sibling folder and renames it into place, so an interrupted install is retried.
 */
async function ensureOpencode(version) {
  const dir = join(ROOT, ".cache", `opencode-${version}`);
  const cached = await workingBinary(dir, version);
  if (cached) return cached;

  mkdirSync(dirname(dir), { recursive: true });
  const temp = mkdtempSync(`${dir}.installing-`);
  try {
    writeFileSync(join(temp, "package.json"), JSON.stringify({ private: true, description: "OpenCode for the mystatus end-to-end tests" }));
    await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", `opencode-ai@${version}`], { cwd: temp, timeout: INSTALL_TIMEOUT_MS });
    // The package's postinstall links the right platform binary to bin/opencode.exe; run it
    // ourselves when npm skipped install scripts.
    if (!(await workingBinary(temp, version))) {
      await run(process.execPath, ["postinstall.mjs"], { cwd: join(temp, "node_modules", "opencode-ai"), timeout: 60_000 });
    }
    if (!(await workingBinary(temp, version))) throw new Error(`opencode-ai@${version} installed but its binary does not report ${version}`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(temp, dir);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const binary = await workingBinary(dir, version);
  if (!binary) throw new Error(`no working OpenCode ${version} in ${dir}`);
  return binary;
}

/** Packs the package folder into a tarball in `destination` (what a user gets from npm). */
async function packPackage(pkgDir, destination) {
  mkdirSync(destination, { recursive: true });
  const { stdout } = await run("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", destination, pkgDir], {
    cwd: destination,
    timeout: 120_000,
  });
  const name = stdout.trim().split("\n").pop();
  const tarball = join(destination, name);
  assert.ok(existsSync(tarball), `npm pack wrote no ${tarball}`);
  return tarball;
}

/**
 * A proxy on 127.0.0.1 that lets nothing through: it answers 403 to every request and CONNECT and
 * records them. OpenCode gets it as HTTP(S)_PROXY and as the npm registry.
 */
async function startTripwire() {
  const requests = [];
  const server = createServer((req, res) => {
    req.socket.on("error", () => {});
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403, { "content-type": "text/plain" });
    res.end("the mystatus end-to-end tests are offline");
  });
  server.on("connect", (req, socket) => {
    socket.on("error", () => {}); // the client may reset the refused tunnel
    requests.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  const origin = await listenOnLoopback(server);
  return {
    url: origin,
    requests,
    reset() {
      requests.length = 0;
    },
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * Makes OpenCode's start-up dependency install of @opencode-ai/plugin into a config folder a no-op:
 * OpenCode skips it when the folder has a node_modules/ and a package-lock.json whose root package
 * lists the dependency (measured: instant, where copying a real 63 MB install costs 0.5 to 1.3 s
 * per test, and an unseeded folder makes OpenCode reach for the registry).
 */
function seedConfigDir(dir, pluginVersion) {
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  writeFileSync(
    join(dir, "package-lock.json"),
    JSON.stringify({
      name: "opencode-config",
      lockfileVersion: 3,
      requires: true,
      packages: { "": { dependencies: { "@opencode-ai/plugin": pluginVersion } } },
    }),
  );
}

/**
 * The surroundings of one OpenCode process, around a sandbox from tests/sandbox.mjs (which owns
 * HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, the PAT and auth.json files and the locale): the remaining
 * XDG folders and TMPDIR next to it, a project folder, seeded config folders, and the environment.
 */
function createScene({ sandbox, version, model, tripwire, plugin, config = {} }) {
  const base = sandbox.env();
  const root = dirname(sandbox.home);
  const dirs = {
    root,
    home: sandbox.home,
    config: base.XDG_CONFIG_HOME,
    data: base.XDG_DATA_HOME,
    cache: join(sandbox.home, ".cache"),
    state: join(sandbox.home, ".local", "state"),
    tmp: join(root, "tmp"),
    project: join(root, "project"),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  // The two config folders OpenCode installs into at start-up: the global one and the project's.
  seedConfigDir(join(dirs.config, "opencode"), version);
  seedConfigDir(join(dirs.project, ".opencode"), version);

  const opencodeJson = {
    $schema: "https://opencode.ai/config.json",
    plugin: [plugin],
    model: "fake/fake",
    small_model: "fake/fake",
    provider: {
      fake: {
        npm: "@ai-sdk/openai-compatible",
        name: "Fake model",
        options: { baseURL: model.url, apiKey: "fake-model-key" },
        models: { fake: { name: "Fake" } },
      },
    },
    ...config,
  };
  const configPath = join(dirs.project, "opencode.json");
  writeFileSync(configPath, JSON.stringify(opencodeJson, null, 2));

  const local = "127.0.0.1,localhost";
  /** @type {Record<string, string | undefined>} */
  const env = {
    PATH: base.PATH ?? "/usr/bin:/bin",
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: dirs.state,
    TMPDIR: dirs.tmp,
    LANG: base.LANG,
    // Every platform's API URL the sandbox set (GitHub's and the others'): all on the fake server.
    ...Object.fromEntries(Object.entries(base).filter(([name]) => /^MYSTATUS_.*_URL$/.test(name))),
    OPENCODE_DISABLE_MODELS_FETCH: "1",
    OPENCODE_DISABLE_AUTOUPDATE: "1",
    OPENCODE_DISABLE_SHARE: "1",
    // Anything that tries to leave 127.0.0.1 ends at the tripwire.
    HTTP_PROXY: tripwire.url,
    HTTPS_PROXY: tripwire.url,
    ALL_PROXY: tripwire.url,
    http_proxy: tripwire.url,
    https_proxy: tripwire.url,
    NO_PROXY: local,
    no_proxy: local,
    // OpenCode installs npm plugins with its bundled npm: no registry, no audit, offline.
    npm_config_registry: `${tripwire.url}/npm-registry/`,
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
  return { dirs, env, configPath, opencodeJson };
}

/** Every OpenCode process still running, so that even an interrupted suite leaves none behind. */
const live = new Set();
function killLive() {
  for (const child of live) killGroup(child, "SIGKILL");
}
process.once("exit", killLive);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    killLive();
    process.kill(process.pid, signal);
  });
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Waits for a child to close, at most `ms`; true if it did. */
function closed(child, exit, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return exit.then(() => true);
  return Promise.race([exit.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms).unref())]);
}

/** Ends a process group: SIGTERM, then SIGKILL after a grace period. Bounded. */
async function stop(child, exit) {
  if (child.pid === undefined) return;
  killGroup(child, "SIGTERM");
  if (!(await closed(child, exit, KILL_GRACE_MS))) {
    killGroup(child, "SIGKILL");
    await closed(child, exit, KILL_GRACE_MS);
  }
  // Whatever the group left behind (OpenCode's own children) goes too.
  killGroup(child, "SIGKILL");
}

function spawnOpencode(binary, args, scene) {
  const child = spawn(binary, args, {
    cwd: scene.dirs.project,
    env: scene.env,
    detached: true, // its own process group, so the whole group can be killed
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  const output = { stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (piece) => (output.stdout += piece));
  child.stderr.on("data", (piece) => (output.stderr += piece));
  const exit = new Promise((resolve) => {
    child.on("error", (error) => resolve({ code: null, signal: null, error }));
    child.on("close", (code, signal) => resolve({ code, signal }));
  }).finally(() => live.delete(child));
  return { child, output, exit };
}

/**
 * `opencode run <args> --format json` in the scene's project (`format` "default" for what a person
 * sees): resolves with the exit status, the raw output, the parsed events and the clock before and
 * after. Never outlives RUN_TIMEOUT_MS; the process group is killed in any case.
 */
async function runOpencode(binary, scene, args, format = "json") {
  const before = Date.now();
  const { child, output, exit } = spawnOpencode(binary, ["run", ...args, "--format", format, "--log-level", "DEBUG"], scene);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child, "SIGKILL");
  }, RUN_TIMEOUT_MS);
  try {
    const status = await exit;
    const after = Date.now();
    const events = [];
    const other = [];
    for (const line of output.stdout.split("\n")) {
      if (!line.trim()) continue;
      try {
        events.push(JSON.parse(line));
      } catch {
        other.push(line);
      }
    }
    return { ...status, timedOut, stdout: output.stdout, stderr: output.stderr, events, other, before, after };
  } finally {
    clearTimeout(timer);
    await stop(child, exit);
  }
}

/** `opencode run --command <command>` (see runOpencode). */
export const runCommand = (binary, scene, command = "mystatus", format = "json") => runOpencode(binary, scene, ["--command", command], format);

/**
 * `opencode run <message>`: a question in plain words (see runOpencode). One argument per word:
 * `opencode run` quotes an argument with spaces in the message it sends.
 */
export const runMessage = (binary, scene, message) => runOpencode(binary, scene, message.split(" "));

/**
 * `opencode serve` in the scene's project; calls `use(get)` once the server has printed its
 * "listening" line (requests sent before it hang), where `get(path)` answers the parsed JSON.
 * The server is always stopped afterwards.
 */
export async function withServer(binary, scene, use) {
  const { child, output, exit } = spawnOpencode(binary, ["serve", "--hostname", "127.0.0.1", "--port", "0", "--log-level", "DEBUG"], scene);
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`opencode serve did not listen within ${LISTEN_TIMEOUT_MS} ms:\n${output.stdout}\n${output.stderr}`)), LISTEN_TIMEOUT_MS);
      const check = () => {
        const match = output.stdout.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on("data", check);
      exit.then((status) => {
        clearTimeout(timer);
        reject(new Error(`opencode serve exited (${JSON.stringify(status)}) before listening:\n${output.stdout}\n${output.stderr}`));
      });
      check();
    });
    const get = async (path) => {
      const response = await fetch(url + path, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const text = await response.text();
      assert.equal(response.status, 200, `GET ${path}: ${response.status} ${text}`);
      return JSON.parse(text);
    };
    return await use(get, { url, output });
  } finally {
    await stop(child, exit);
  }
}

/** The `tool_use` events of a run for the mystatus tool. */
export const mystatusToolUses = (result) => result.events.filter((event) => event.type === "tool_use" && event.part?.tool === "mystatus");

/** The text the model answered in the end (`text` events). */
export const answerText = (result) =>
  result.events
    .filter((event) => event.type === "text")
    .map((event) => event.part?.text ?? "")
    .join("");

/** Every file under `dir` (recursively), with its contents, for secret scans. */
export function filesUnder(dir) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** OpenCode's log files of a scene (XDG_DATA_HOME/opencode/log). */
export function logFiles(scene) {
  return filesUnder(join(scene.dirs.data, "opencode", "log")).filter((path) => statSync(path).size > 0);
}

/** Does `text` carry `secret`, in any letter case, raw or percent-encoded? */
export function carries(text, secret) {
  const haystack = text.toLowerCase();
  return [secret, encodeURIComponent(secret)].some((form) => haystack.includes(form.toLowerCase()));
}

export const readText = (path) => readFileSync(path, "latin1");

/**
 * For the describe it is called in: OpenCode `version` installed, the package under test packed as
 * a user's install gets it (`userSpec`, the `plugin` entry), the fake API server, the fake model
 * and the tripwire; for each test a fresh sandbox, the API answering no request it was not told
 * to, and the model's and tripwire's records cleared. `e2e.*` are the current ones.
 */
export function useOpencode(version) {
  const e2e = {};
  before(
    async () => {
      e2e.binary = await ensureOpencode(version);
      e2e.pkgDir = packageUnderTest();
      e2e.packDir = mkdtempSync(join(tmpdir(), "mystatus-e2e-"));
      e2e.userSpec = `opencode-mystatus-wasm@file:${await packPackage(e2e.pkgDir, e2e.packDir)}`;
      e2e.github = await startFakeGitHub();
      e2e.model = await startFakeModel();
      e2e.tripwire = await startTripwire();
    },
    { timeout: SETUP_TIMEOUT_MS },
  );
  after(async () => {
    await e2e.github?.close();
    await e2e.model?.close();
    await e2e.tripwire?.close();
    if (e2e.packDir) rmSync(e2e.packDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    e2e.sandbox = createSandbox(e2e.github.url);
    e2e.github.handle(() => ({ status: 500, body: '{"message":"this test expected no request"}' }));
    e2e.model.reset();
    e2e.tripwire.reset();
  });
  afterEach(() => {
    e2e.sandbox.dispose();
  });
  /** OpenCode's surroundings for one run, the package in its `plugin` entry unless `options` says otherwise. */
  e2e.scene = (options = {}) =>
    createScene({ sandbox: e2e.sandbox, version, model: e2e.model, tripwire: e2e.tripwire, plugin: e2e.userSpec, ...options });
  return e2e;
}

// Drives OpenCode's interactive TUI headless: a private tmux server (its own socket, no user
// config) runs OpenCode in a pane of a fixed size; the tests type with send-keys and read the screen
// with capture-pane. The scene's environment is passed whole (env -i), so the TUI sees exactly what
// `opencode run` sees in the other tests. Always stopped in a finally block: the tmux server by its
// socket, then OpenCode's process group by its pid if it outlived the pane.
import { execFile, execFileSync } from "node:child_process";

const COMMAND_TIMEOUT_MS = 10_000;
const POLL_MS = 200;

/** Whether tmux can be run here (Debian's tmux package; the rust machine image has it). */
export function hasTmux() {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore", timeout: COMMAND_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}

function tmux(socket, args) {
  return new Promise((resolve, reject) => {
    execFile("tmux", ["-L", socket, ...args], { timeout: COMMAND_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) reject(new Error(`tmux ${args.join(" ")} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

let sessions = 0;

/**
 * Starts `binary` (OpenCode) in the scene's project, in a `width`x`height` terminal. Returns the
 * driver: `screen()` (the visible text), `type(text)` (literal keys), `press(key)` (a tmux key name
 * such as Enter or Escape), `waitFor(predicate, what, ms)` and `stop()`.
 */
export async function startTui(binary, scene, { width = 150, height = 50 } = {}) {
  const socket = `mystatus-e2e-${process.pid}-${++sessions}`;
  const env = Object.entries({ ...scene.env, TERM: "xterm-256color", COLORTERM: "truecolor" }).map(([name, value]) => `${name}=${value}`);
  await tmux(socket, ["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height), "-c", scene.dirs.project, "--", "env", "-i", ...env, binary]);
  const panePid = Number((await tmux(socket, ["display-message", "-p", "-t", "main", "#{pane_pid}"])).trim());

  const screen = () => tmux(socket, ["capture-pane", "-p", "-t", "main"]);
  return {
    screen,
    async type(text) {
      await tmux(socket, ["send-keys", "-t", "main", "-l", text]);
    },
    async press(key) {
      await tmux(socket, ["send-keys", "-t", "main", key]);
    },
    /**
     * Polls the screen every `pollMs` until `predicate(text)` holds; rejects with the last screen
     * after `ms`.
     */
    async waitFor(predicate, what, ms = 30_000, pollMs = POLL_MS) {
      const deadline = Date.now() + ms;
      let last = "";
      for (;;) {
        last = await screen().catch((error) => `(no screen: ${error.message})`);
        if (predicate(last)) return last;
        if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}; the screen:\n${last}`);
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    async stop() {
      await tmux(socket, ["kill-server"]).catch(() => {});
      for (const target of [-panePid, panePid]) {
        try {
          process.kill(target, "SIGKILL");
        } catch {
          // already gone
        }
      }
    },
  };
}

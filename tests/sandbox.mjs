// Per-test surroundings for the package: a throw-away HOME with OpenCode's folders, a clean
// environment pointing at the fake GitHub API, and the reviewed texts of the core's snapshots.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const coreTests = join(here, "..", "crates", "mystatus-core", "tests");

/** Placeholder tokens shaped like real ones. */
export const PAT = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP";
export const OAUTH_TOKEN = "gho_16C7e42F292c6912E7710c838347Ae178B4a";
export const SESSION_TOKEN = "tid=0123456789abcdef;exp=1769005800;sku=copilot_pro;8kp=1:0a1b2c3d4e5f";

export const fixture = (name) => readFileSync(join(coreTests, "fixtures", name), "utf8");
export const snapshot = (name) => readFileSync(join(coreTests, "snapshots", `${name}.md`), "utf8");

const LOCALE_VARS = ["MYSTATUS_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/** Where each platform lives on the fake server: its origin variable and path prefix. */
export const PREFIXES = {
  MYSTATUS_OPENCODE_GO_URL: "/opencode-go",
  MYSTATUS_OPENAI_URL: "/openai",
  MYSTATUS_ANTHROPIC_URL: "/anthropic",
  MYSTATUS_ZHIPU_URL: "/zhipu",
  MYSTATUS_ZAI_URL: "/zai",
  MYSTATUS_GOOGLE_OAUTH_URL: "/google-oauth",
  MYSTATUS_GOOGLE_CLOUDCODE_URL: "/cloudcode",
};

/**
 * Bun 1.3's recursive rm now and then reports EFAULT for an errno it does not map
 * (oven-sh/bun#35749, #36984); a second attempt removes what is left.
 */
export function removeTree(path) {
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(path, { recursive: true, force: true });
      return;
    } catch (error) {
      if (attempt === 3 || error?.code !== "EFAULT") throw error;
    }
  }
}

export function createSandbox(apiUrl) {
  const root = mkdtempSync(join(tmpdir(), "mystatus-test-"));
  const home = join(root, "home");
  const config = join(home, ".config", "opencode");
  const data = join(home, ".local", "share", "opencode");
  mkdirSync(config, { recursive: true });
  mkdirSync(data, { recursive: true });
  const saved = { ...process.env };
  for (const name of [...LOCALE_VARS, "OPENCODE_AUTH_CONTENT", "MYSTATUS_TIMEOUT_MS", "APPDATA", "CLAUDE_CONFIG_DIR"]) {
    delete process.env[name];
  }
  Object.assign(process.env, {
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_DATA_HOME: join(home, ".local", "share"),
    LANG: "en_US.UTF-8",
    MYSTATUS_GITHUB_API_URL: apiUrl,
    ...Object.fromEntries(Object.entries(PREFIXES).map(([name, prefix]) => [name, apiUrl + prefix])),
  });
  return {
    home,
    patPath: join(config, "copilot-quota-token.json"),
    authPath: join(data, "auth.json"),
    /** The token file, private (0600) as the README tells users to keep it. */
    writePat(fields) {
      writeFileSync(this.patPath, typeof fields === "string" ? fields : JSON.stringify(fields), { mode: 0o600 });
    },
    writeAuth(entry) {
      writeFileSync(this.authPath, JSON.stringify({ "github-copilot": entry }));
    },
    /** auth.json with several providers' entries. */
    writeAuthEntries(entries) {
      writeFileSync(this.authPath, JSON.stringify(entries));
    },
    /** A file in OpenCode's config folder (the Antigravity accounts file, say). */
    writeConfigFile(name, content) {
      const path = join(config, name);
      writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
      return path;
    },
    /** Claude Code's credentials file, where Claude Code keeps it (~/.claude/.credentials.json). */
    writeClaudeCodeCredentials(content) {
      const folder = join(home, ".claude");
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, ".credentials.json"), content, { mode: 0o600 });
    },
    /** A core snapshot's text with the core tests' config folder replaced by this sandbox's. */
    localize(text) {
      return text.replaceAll("/home/octo/.config/opencode/", `${config}/`);
    },
    /** The environment a child process (the CLI) should get. */
    env() {
      return { ...process.env };
    },
    dispose() {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
      removeTree(root);
    },
  };
}

/** The countdown the report shows at `now` for a reset at `target` (an independent oracle). */
function countdown(now, target) {
  const left = target - now;
  if (left <= 0) return "resets soon";
  const days = Math.floor(left / 86_400_000);
  const hours = Math.floor((left % 86_400_000) / 3_600_000);
  const minutes = Math.floor((left % 3_600_000) / 60_000);
  if (days > 0) return `${days}d ${hours}h`;
  return hours > 0 ? `${hours}h ${minutes}m` : `${minutes}m`;
}

/** "Quota resets: …" for the monthly reset (1st of next month, 00:00 UTC), at `now`. */
export function monthlyResetLine(now) {
  const date = new Date(now);
  const reset = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return `Quota resets: ${countdown(now, reset)} (${new Date(reset).toISOString().slice(0, 10)})`;
}

/** "Quota resets: …" for a fixed reset date. */
export function fixedResetLine(now, isoDate) {
  return `Quota resets: ${countdown(now, Date.parse(isoDate))} (${isoDate.slice(0, 10)})`;
}

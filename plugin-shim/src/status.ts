// The compact one-line status the TUI shows next to the prompt ("Copilot 68% · Codex 70%"), made
// from a report's accounts. Pure: the same report always gives the same line.
import type { MystatusReport, QueryResult } from "./wasm/mystatus_wasm.js";

/** Short names for a narrow line; the report's own names ("GitHub Copilot") are for headings. */
const SHORT_NAMES: Record<string, string> = {
  copilot: "Copilot",
  "opencode-go": "OpenCode Go",
  openai: "Codex",
  anthropic: "Claude",
  antigravity: "Antigravity",
  zhipu: "Zhipu",
  zai: "Z.ai",
};

/** Shown for a platform whose meters have no share left to show (an allowance GitHub does not publish). */
const NO_SHARE = "✓";
/** Shown for a platform that could not be read: the report says why. */
const FAILED = "✗";

/**
 * The lowest share left on any meter of any account, as the report's bars show it (a whole
 * percentage, 0 to 100): the limit that runs out first. Undefined when no meter has a share.
 */
export function lowestRemaining(result: QueryResult): number | undefined {
  const shares = result.accounts.flatMap((account) =>
    account.meters.flatMap((meter) => (meter.remainingPercent === undefined ? [] : [meter.remainingPercent])),
  );
  if (shares.length === 0) return undefined;
  return Math.round(Math.min(100, Math.max(0, Math.min(...shares))));
}

/**
 * One entry per configured platform, in the report's order: its short name and its lowest share
 * left, "✓" when it has none, "✗" when it failed. Empty when no platform is configured.
 */
export function statusLine(report: MystatusReport): string {
  const entries: string[] = [];
  for (const platform of report.platforms) {
    const result = platform.result;
    if (result === undefined) continue;
    const name = SHORT_NAMES[platform.id] ?? platform.name;
    if (!result.success) {
      entries.push(`${name} ${FAILED}`);
      continue;
    }
    const lowest = lowestRemaining(result);
    entries.push(`${name} ${lowest === undefined ? NO_SHARE : `${lowest}%`}`);
  }
  return entries.join(" · ");
}

/** How long ago `at` was, for figures shown before the fresh ones arrive: "just now", "4 min ago". */
export function age(at: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - at) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? `${hours} h ago` : `${Math.floor(hours / 24)} d ago`;
}

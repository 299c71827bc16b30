// The compact one-line status the TUI shows next to the prompt ("Copilot 68% · Codex 70%"), made
// from a report. Pure: the same report always gives the same line.
import type { MystatusReport } from "./wasm/mystatus_wasm.js";

/** Short names for a narrow line; the report's own names ("GitHub Copilot") are for headings. */
const SHORT_NAMES: Record<string, string> = {
  copilot: "Copilot",
  openai: "Codex",
  anthropic: "Claude",
  antigravity: "Antigravity",
  zhipu: "Zhipu",
  zai: "Z.ai",
};

/** Shown for a platform whose section has no bar (an allowance without a published figure). */
const NO_BAR = "✓";
/** Shown for a platform that could not be read: the report says why. */
const FAILED = "✗";

/**
 * The percentage each bar of a section shows, in order. A bar is a run of █ and ░ (the core draws
 * them 20 wide); its percentage follows on the same line, after a word in some languages ("剩余 94%").
 */
export function barPercentages(section: string): number[] {
  const found: number[] = [];
  for (const line of section.split("\n")) {
    const match = /[█░]{5,}\D*?(\d{1,3})\s?%/u.exec(line);
    if (match?.[1] !== undefined) found.push(Number(match[1]));
  }
  return found;
}

/**
 * One entry per configured platform, in the report's order: its short name and the lowest share
 * that remains on any of its limits (the one that runs out first), "✓" when it has no bar, "✗"
 * when it failed. Empty when no platform is configured.
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
    const bars = barPercentages(result.output ?? "");
    entries.push(bars.length > 0 ? `${name} ${Math.min(...bars)}%` : `${name} ${NO_BAR}`);
  }
  return entries.join(" · ");
}

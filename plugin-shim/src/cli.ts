#!/usr/bin/env node
// `mystatus` in a terminal: the same report as the OpenCode tool; `--json` for scripts.
import { queryAllUsage } from "./core.js";

const usage = `Usage: mystatus [--json]

Prints the quota of every AI subscription configured for OpenCode on this machine,
or how to set one up.

  --json    print the report as data instead: {"markdown", "platforms": [{"id",
            "name", "result"?: {"success", "output"?, "error"?, "accounts": [{"name"?,
            "plan"?, "meters": [{"label", "unit", "used", "limit"?, "remainingPercent"?,
            "resetsAt"?, "exhausted"}], "error"?}]}}]}
  --help    show this help

Exit status: 0 when every configured account was read (or none is configured),
1 when an account could not be read, 2 on bad usage.`;

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== "--json" && arg !== "--help" && arg !== "-h");
  if (args.includes("--help") || args.includes("-h") || unknown.length > 0) {
    const stream = unknown.length > 0 ? process.stderr : process.stdout;
    if (unknown.length > 0) stream.write(`mystatus: unknown argument ${unknown[0]}\n`);
    stream.write(`${usage}\n`);
    return unknown.length > 0 ? 2 : 0;
  }
  const report = await queryAllUsage();
  process.stdout.write(args.includes("--json") ? `${JSON.stringify(report, null, 2)}\n` : `${report.markdown}\n`);
  return report.platforms.some((platform) => platform.result?.success === false) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mystatus: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

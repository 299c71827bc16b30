// The `/mystatus` command. The build also writes it to pkg/command/mystatus.md for users who
// prefer a file in their own .opencode/command/ folder.
export const COMMAND_NAME = "mystatus";

export const commandDefinition = {
  description: "Query quota usage for all AI accounts",
  template:
    "Call the mystatus tool (it takes no arguments). Reply with its output exactly as returned: " +
    "do not summarize, reformat, translate or add anything.",
};

/** The command as an OpenCode Markdown command file. */
export function commandMarkdown(): string {
  return `---\ndescription: ${commandDefinition.description}\n---\n\n${commandDefinition.template}\n`;
}

/** What /mystatus says when the plugin itself fails (the core's module missing, a trap). */
export function failureText(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `mystatus failed unexpectedly (${reason}). Please report this at https://github.com/mystatus/mystatus/issues.`;
}

/**
 * The report as a message of the session: OpenCode shows a user's message as typed, so Markdown
 * headings lose their `#` marks ("GitHub Copilot Account Quota", not "\#\# GitHub...").
 */
export function sessionText(markdown: string): string {
  return markdown.replace(/^#{1,6} +/gm, "");
}

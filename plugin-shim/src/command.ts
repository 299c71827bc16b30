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

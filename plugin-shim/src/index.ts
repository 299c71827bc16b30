// The OpenCode server plugin: `/mystatus` answered by the plugin itself, with no model request,
// and a `mystatus` tool for questions in plain words. OpenCode calls every export of a plugin
// module as a plugin, so the default export is the only one.
import type { Config, Hooks, Plugin, PluginInput, PluginModule } from "@opencode-ai/plugin";

import { COMMAND_NAME, commandDefinition, failureText, sessionText } from "./command.js";

/**
 * Thrown once the report is in the session: OpenCode prompts the model right after the command's
 * hook and offers no way to cancel (anomalyco/opencode PRs #18559 and #46579 are open), so a throw
 * is what stops it. OpenCode answers the client with an error of its own, without this message.
 */
class CommandAnswered extends Error {
  constructor() {
    super("mystatus answered /mystatus itself, with no model request: the report is in the session.");
    this.name = "CommandAnswered";
  }
}

/** The whole report's Markdown, or what went wrong in the plugin itself. */
async function reportMarkdown(signal?: AbortSignal): Promise<string> {
  try {
    // Loaded on the first call: OpenCode's start-up pays only for this small module.
    const { queryAllUsage } = await import("./core.js");
    return (await queryAllUsage({ signal })).markdown;
  } catch (error) {
    return failureText(error);
  }
}

/**
 * `opencode run` in its default format shows no message of the session but the model's, and then
 * OpenCode's error: the plugin runs in that process and prints the report itself. Its JSON format
 * is left to the events (a script reads `mystatus --json` instead).
 */
function printForOpencodeRun(text: string): void {
  const [, , subcommand, ...options] = process.argv;
  if (subcommand !== "run") return;
  const format = options.includes("--format") ? options[options.indexOf("--format") + 1] : undefined;
  if (format === "json" || options.includes("--format=json")) return;
  process.stdout.write(`${text}\n\n`);
}

const server: Plugin = async ({ client }: PluginInput): Promise<Hooks> => {
  /** Whether `/mystatus` is this plugin's command (not one of the user's, which goes its own way). */
  let answersCommand = false;
  return {
    config: async (config: Config) => {
      config.command ??= {};
      config.command[COMMAND_NAME] ??= { ...commandDefinition };
      answersCommand = config.command[COMMAND_NAME].template === commandDefinition.template;
    },
    "command.execute.before": async (input) => {
      if (!answersCommand || input.command !== COMMAND_NAME) return;
      const text = sessionText(await reportMarkdown());
      // `noReply`: no model turn; `ignored`: shown in the session, never sent to a model later.
      await client.session.prompt({ path: { id: input.sessionID }, body: { noReply: true, parts: [{ type: "text", text, ignored: true }] } });
      printForOpencodeRun(text);
      throw new CommandAnswered();
    },
    tool: {
      mystatus: {
        description:
          "Show the user's AI subscription quotas and rate limits (GitHub Copilot AI credits or premium " +
          "requests, OpenCode Go limits, OpenAI/ChatGPT Codex limits, Anthropic Claude limits, Google " +
          "Antigravity models, Zhipu AI and Z.ai Coding Plans): used, remaining, reset times, per-model " +
          "use; or how to set them up. Takes no arguments.",
        args: {},
        execute: (_args, context) => reportMarkdown(context.abort),
      },
    },
  };
};

const plugin: PluginModule = { id: "mystatus", server };
export default plugin;

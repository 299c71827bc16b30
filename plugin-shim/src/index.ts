// The OpenCode server plugin: a `mystatus` tool and a `/mystatus` command that calls it.
// OpenCode calls every export of a plugin module as a plugin, so the default export is the only one.
import type { Config, Hooks, Plugin, PluginModule } from "@opencode-ai/plugin";

import { COMMAND_NAME, commandDefinition, failureText } from "./command.js";

/** Adds `/mystatus` unless the user defined their own. */
async function addCommand(config: Config): Promise<void> {
  config.command ??= {};
  config.command[COMMAND_NAME] ??= { ...commandDefinition };
}

const server: Plugin = async (): Promise<Hooks> => ({
  config: addCommand,
  tool: {
    mystatus: {
      description:
        "Show the user's AI subscription quotas and rate limits (GitHub Copilot AI credits or premium " +
        "requests, OpenCode Go limits, OpenAI/ChatGPT Codex limits, Anthropic Claude limits, Google " +
        "Antigravity models, Zhipu AI and Z.ai Coding Plans): used, remaining, reset times, per-model " +
        "use; or how to set them up. Takes no arguments.",
      args: {},
      async execute(_args, context) {
        try {
          // Loaded on the first call: OpenCode's start-up pays only for this small module.
          const { queryAllUsage } = await import("./core.js");
          return (await queryAllUsage({ signal: context.abort })).markdown;
        } catch (error) {
          return failureText(error);
        }
      },
    },
  },
});

const plugin: PluginModule = { id: "mystatus", server };
export default plugin;

// A fake OpenAI-compatible model on 127.0.0.1 for the OpenCode end-to-end suite. It streams chat
// completions (SSE) the way @ai-sdk/openai-compatible expects them:
//   - a request that offers the `mystatus` tool and carries no tool result yet: a streamed call to
//     that tool (no arguments);
//   - a request that carries the tool's result: text quoting that result verbatim;
//   - anything else (OpenCode's title request, which offers no tools): a short text.
// Every request is recorded (method, path, headers, raw body, parsed JSON) for the tests to check.
import { createServer } from "node:http";

import { listenOnLoopback } from "../fake-github.mjs";

/** @typedef {{ method: string, path: string, headers: Record<string, string>, body: string, json: any }} ModelRequest */

export const TITLE = "Quota check";
const TOOL_CALL_ID = "call_mystatus_1";

/** The text of a tool result message (a string, or the parts OpenAI allows). */
function contentText(content) {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part === "string" ? part : (part?.text ?? ""))).join("");
  return "";
}

/** What the fake model answers to a chat request: `{ text }` or `{ toolCall }`. */
function decide(json) {
  const messages = Array.isArray(json?.messages) ? json.messages : [];
  const toolResult = messages.findLast((message) => message?.role === "tool");
  if (toolResult) return { text: `The mystatus tool returned:\n\n${contentText(toolResult.content)}` };
  const offersTool = (json?.tools ?? []).some((tool) => tool?.function?.name === "mystatus");
  if (offersTool) return { toolCall: { id: TOOL_CALL_ID, name: "mystatus", arguments: "{}" } };
  return { text: TITLE };
}

function chunk(id, model, delta, finishReason = null, extra = {}) {
  return {
    id,
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
    ...extra,
  };
}

const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };

/** The SSE events of one streamed answer. */
function streamEvents(id, model, answer) {
  const events = [];
  if (answer.toolCall) {
    const { id: callId, name, arguments: args } = answer.toolCall;
    events.push(chunk(id, model, { role: "assistant", content: null, tool_calls: [{ index: 0, id: callId, type: "function", function: { name, arguments: "" } }] }));
    events.push(chunk(id, model, { tool_calls: [{ index: 0, function: { arguments: args } }] }));
    events.push(chunk(id, model, {}, "tool_calls", { usage }));
  } else {
    events.push(chunk(id, model, { role: "assistant", content: "" }));
    // Two pieces, so the client really assembles a stream.
    const middle = Math.ceil(answer.text.length / 2);
    events.push(chunk(id, model, { content: answer.text.slice(0, middle) }));
    events.push(chunk(id, model, { content: answer.text.slice(middle) }));
    events.push(chunk(id, model, {}, "stop", { usage }));
  }
  return events;
}

/** A non-streamed answer, in case a client asks for one. */
function completion(id, model, answer) {
  const message = answer.toolCall
    ? { role: "assistant", content: null, tool_calls: [{ id: answer.toolCall.id, type: "function", function: { name: answer.toolCall.name, arguments: answer.toolCall.arguments } }] }
    : { role: "assistant", content: answer.text };
  return {
    id,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, finish_reason: answer.toolCall ? "tool_calls" : "stop" }],
    usage,
  };
}

export async function startFakeModel() {
  /** @type {ModelRequest[]} */
  const requests = [];
  let counter = 0;

  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (piece) => (body += piece));
    req.on("end", () => {
      let json;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body,
        json,
      });
      const path = (req.url ?? "").split("?")[0];
      if (req.method === "GET" && path.endsWith("/models")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ object: "list", data: [{ id: "fake", object: "model", owned_by: "mystatus-tests" }] }));
        return;
      }
      if (req.method !== "POST" || !path.endsWith("/chat/completions") || json === undefined) {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `the fake model does not serve ${req.method} ${req.url}` } }));
        return;
      }
      const id = `chatcmpl-fake-${++counter}`;
      const model = json.model ?? "fake";
      const answer = decide(json);
      if (json.stream) {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
        for (const event of streamEvents(id, model, answer)) res.write(`data: ${JSON.stringify(event)}\n\n`);
        res.end("data: [DONE]\n\n");
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(completion(id, model, answer)));
      }
    });
  });
  const origin = await listenOnLoopback(server);

  return {
    url: `${origin}/v1`,
    requests,
    /** Forgets the recorded requests (before each test). */
    reset() {
      requests.length = 0;
    },
    /** The recorded chat requests, in order. */
    chats() {
      return requests.filter((r) => r.method === "POST" && r.path.split("?")[0].endsWith("/chat/completions"));
    },
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

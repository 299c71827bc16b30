// The runtime's built-in modules the plugin entry imports (through core.js and host.js), alone:
// shows how much of the plugin's import time and memory is the runtime's own modules.
import "node:fs/promises";
import "node:os";
